# plinth graph: protocol missing
$ plinth graph nope.plinth
== stderr
plinth: cannot read 'nope.plinth': No such file or directory
== status 2

# plinth check: missing file
$ plinth check nope.plinth
== stderr
plinth: cannot read 'nope.plinth': No such file or directory
== status 2

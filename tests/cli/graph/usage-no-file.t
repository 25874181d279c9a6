# plinth graph: usage error: no file
$ plinth graph
== stderr
plinth graph: no protocol file given
Try 'plinth graph --help'.
== status 2

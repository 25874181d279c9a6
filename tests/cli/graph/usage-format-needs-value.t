# plinth graph: usage error: format needs value
== p.plinth < fixtures/graph-demo.plinth
$ plinth graph p.plinth --format
== stderr
plinth graph: option '--format' needs a value
Try 'plinth graph --help'.
== status 2

# plinth graph: usage error: unknown option
== p.plinth < fixtures/graph-demo.plinth
$ plinth graph --colour p.plinth
== stderr
plinth graph: unknown option '--colour'
Try 'plinth graph --help'.
== status 2

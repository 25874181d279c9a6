# plinth graph: usage error: two files
== p.plinth < fixtures/graph-demo.plinth
$ plinth graph p.plinth p.plinth
== stderr
plinth graph: one protocol at a time
Try 'plinth graph --help'.
== status 2

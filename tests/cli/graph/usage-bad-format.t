# plinth graph: usage error: bad format
== p.plinth < fixtures/graph-demo.plinth
$ plinth graph --format svg p.plinth
== stderr
plinth graph: --format takes dot or mermaid, not 'svg'
Try 'plinth graph --help'.
== status 2

# plinth explain: usage error: protocol needs value
$ plinth explain r.yaml -p
== stderr
plinth explain: option '-p' needs a value
Try 'plinth explain --help'.
== status 2

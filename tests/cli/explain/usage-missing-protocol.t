# plinth explain: usage error: missing protocol
$ plinth explain r.yaml
== stderr
plinth explain: no protocol given (-p PROTOCOL)
Try 'plinth explain --help'.
== status 2

# plinth plan: usage error: missing protocol
== r.yaml < fixtures/client-a.yaml
$ plinth plan r.yaml
== stderr
plinth plan: no protocol given (-p PROTOCOL)
Try 'plinth plan --help'.
== status 2

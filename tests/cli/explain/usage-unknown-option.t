# plinth explain: usage error: unknown option
$ plinth explain -p protocols/iliopsoas.plinth --only blocked r.yaml
== stderr
plinth explain: unknown option '--only'
Try 'plinth explain --help'.
== status 2

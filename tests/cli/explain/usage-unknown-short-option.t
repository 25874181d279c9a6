# plinth explain: usage error: unknown short option
$ plinth explain -p p.plinth -x.yaml
== stderr
plinth explain: unknown option '-x'
Try 'plinth explain --help'.
== status 2

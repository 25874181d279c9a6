# plinth plan: usage error: bad format
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/client-a.yaml
$ plinth plan -p p.plinth -f yaml r.yaml
== stderr
plinth plan: --format takes text, json or tsv, not 'yaml'
Try 'plinth plan --help'.
== status 2

# plinth plan: usage error: unknown fail on
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/client-a.yaml
$ plinth plan -p p.plinth --fail-on severe r.yaml
== stderr
plinth plan: --fail-on takes contraindicated, unassessed, unmet, dependency or blocked, not 'severe'
Try 'plinth plan --help'.
== status 2

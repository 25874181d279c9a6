# plinth plan: usage error: unknown only
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/client-a.yaml
$ plinth plan -p p.plinth --only planned,pending r.yaml
== stderr
plinth plan: --only takes planned, blocked, skipped or done, not 'pending'
Try 'plinth plan --help'.
== status 2

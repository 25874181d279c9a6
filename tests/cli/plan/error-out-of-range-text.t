# plinth plan: error out of range, text output
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/out-of-range.yaml
$ plinth plan -p p.plinth -f text r.yaml
== stdout
A (record 1, r.yaml:1)
  error: r.yaml:2:7: pain: 11 is outside 0..10

OK (record 2, r.yaml:3)
  plan:
    1. release: Release
    2. breaks: Sitting breaks
== status 1

# plinth plan: several files, text output
== p.plinth < fixtures/intake.plinth
== a.yaml < fixtures/several-a.yaml
== b.yaml < fixtures/several-b.yaml
$ plinth plan -p p.plinth a.yaml b.yaml
== stdout
A1 (record 1, a.yaml:1)
  plan: nothing to do
  skipped: release, breaks

A2 (record 2, a.yaml:8)
  error: a.yaml:10:7: pain: 12 is outside 0..10

B1 (record 3, b.yaml:1)
  plan:
    1. release: Release
       caution: go gently
    2. breaks: Sitting breaks
== status 1

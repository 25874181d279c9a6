# plinth plan: error required id missing
== p.plinth < fixtures/required-id.plinth
== r.yaml
pain: 3
---
client: OK
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal}
$ plinth plan -p p.plinth -f text r.yaml
== stdout
record 1 (r.yaml:1)
  error: r.yaml:1:1: client: required, but missing

OK (record 2, r.yaml:2)
  plan:
    1. release: Release
    2. breaks: Sitting breaks
== status 1

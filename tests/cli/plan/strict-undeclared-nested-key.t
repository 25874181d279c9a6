# plinth plan: --strict: undeclared nested key
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal, sway: true}
---
client: OK
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal}
$ plinth plan -p p.plinth -f text --strict r.yaml
== stdout
A (record 1, r.yaml:1)
  error: r.yaml:7:29: undeclared key 'posture.sway'

OK (record 2, r.yaml:8)
  plan:
    1. release: Release
    2. breaks: Sitting breaks
== status 1

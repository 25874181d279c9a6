# plinth plan: error mapping for value
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
pain:
  left: 3
  right: 4
---
client: OK
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal}
$ plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: expected a single value, got a mapping","at":"r.yaml:3:3"}
{"record":2,"source":"r.yaml:5","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

# plinth plan: error nested expects mapping
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
posture: 3
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
{"record":1,"source":"r.yaml:1","id":"A","error":"posture: expected a mapping of fields, got '3'","at":"r.yaml:2:10"}
{"record":2,"source":"r.yaml:3","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

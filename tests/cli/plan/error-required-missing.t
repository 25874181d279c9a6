# plinth plan: error required missing
== p.plinth < fixtures/required-id.plinth
== r.yaml
client: A
hours: 8
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
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: required, but missing","at":"r.yaml:1:1"}
{"record":2,"source":"r.yaml:3","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

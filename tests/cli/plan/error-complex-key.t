# plinth plan: error complex key
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
? [left, right]
: 3
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
{"record":1,"source":"r.yaml:1","id":"A","error":"keys must be plain names, not a list","at":"r.yaml:2:3"}
{"record":2,"source":"r.yaml:4","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

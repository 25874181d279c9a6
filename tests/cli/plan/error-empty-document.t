# plinth plan: error empty document
== p.plinth < fixtures/intake.plinth
== r.yaml
---
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
{"record":1,"source":"r.yaml:1","id":null,"error":"empty document: a record is a mapping of fields","at":"r.yaml:1:1"}
{"record":2,"source":"r.yaml:2","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

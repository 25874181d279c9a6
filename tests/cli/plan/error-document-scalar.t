# plinth plan: error document scalar
== p.plinth < fixtures/intake.plinth
== r.yaml
just a sentence
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
{"record":1,"source":"r.yaml:1","id":null,"error":"a record must be a mapping of fields, not a single value","at":"r.yaml:1:1"}
{"record":2,"source":"r.yaml:2","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

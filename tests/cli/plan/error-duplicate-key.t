# plinth plan: error duplicate key
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
pain: 3
hours: 8
pain: 4
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
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: given twice (first at line 2)","at":"r.yaml:4:1"}
{"record":2,"source":"r.yaml:5","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

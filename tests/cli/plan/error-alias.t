# plinth plan: error alias
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
extra: &score 3
pain: *score
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
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: expected a single value, got an alias","at":"r.yaml:3:7"}
{"record":2,"source":"r.yaml:4","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

# plinth plan: error required null
== p.plinth < fixtures/required-id.plinth
== r.yaml
client: A
pain: ~
---
client: B
pain: null
---
client: C
pain:
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
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: required, but empty","at":"r.yaml:2:7"}
{"record":2,"source":"r.yaml:3","id":"B","error":"pain: required, but empty","at":"r.yaml:5:7"}
{"record":3,"source":"r.yaml:6","id":"C","error":"pain: required, but empty","at":"r.yaml:8:6"}
{"record":4,"source":"r.yaml:9","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

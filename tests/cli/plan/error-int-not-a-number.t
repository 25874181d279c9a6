# plinth plan: error int not a number
== p.plinth < fixtures/intake.plinth
== r.yaml
---
client: A1
pain: abc
---
client: A2
pain: 1e5
---
client: A3
pain: 0x10
---
client: A4
pain: +3
---
client: A5
pain: .5
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
{"record":1,"source":"r.yaml:1","id":"A1","error":"pain: expected a whole number, got 'abc'","at":"r.yaml:3:7"}
{"record":2,"source":"r.yaml:4","id":"A2","error":"pain: expected a whole number, got '1e5'","at":"r.yaml:6:7"}
{"record":3,"source":"r.yaml:7","id":"A3","error":"pain: expected a whole number, got '0x10'","at":"r.yaml:9:7"}
{"record":4,"source":"r.yaml:10","id":"A4","error":"pain: expected a whole number, got '+3'","at":"r.yaml:12:7"}
{"record":5,"source":"r.yaml:13","id":"A5","error":"pain: expected a whole number, got '.5'","at":"r.yaml:15:7"}
{"record":6,"source":"r.yaml:16","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

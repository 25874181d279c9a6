# plinth plan: error not a number
== p.plinth < fixtures/intake.plinth
== r.yaml
---
client: A1
hours: abc
---
client: A2
hours: 1e5
---
client: A3
hours: 0x10
---
client: A4
hours: +3
---
client: A5
hours: .5
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
{"record":1,"source":"r.yaml:1","id":"A1","error":"hours: expected a number, got 'abc'","at":"r.yaml:3:8"}
{"record":2,"source":"r.yaml:4","id":"A2","error":"hours: expected a number, got '1e5'","at":"r.yaml:6:8"}
{"record":3,"source":"r.yaml:7","id":"A3","error":"hours: expected a number, got '0x10'","at":"r.yaml:9:8"}
{"record":4,"source":"r.yaml:10","id":"A4","error":"hours: expected a number, got '+3'","at":"r.yaml:12:8"}
{"record":5,"source":"r.yaml:13","id":"A5","error":"hours: expected a number, got '.5'","at":"r.yaml:15:8"}
{"record":6,"source":"r.yaml:16","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

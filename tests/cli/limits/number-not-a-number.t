# limits on records and protocols: number not a number
== p.plinth < fixtures/intake.plinth
== r.yaml
---
client: N1
hours: 1e999
---
client: N2
hours: nan
---
client: N3
hours: .nan
---
client: N4
hours: .NaN
---
client: N5
hours: .inf
---
client: N6
hours: -.inf
---
client: N7
hours: 1_000
---
client: N8
hours: 0o17
---
client: N9
hours: 0b101
---
client: N10
hours: 1e3
---
client: N11
hours: 12.
---
client: N12
hours: 3,5
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
{"record":1,"source":"r.yaml:1","id":"N1","error":"hours: expected a number, got '1e999'","at":"r.yaml:3:8"}
{"record":2,"source":"r.yaml:4","id":"N2","error":"hours: expected a number, got 'nan'","at":"r.yaml:6:8"}
{"record":3,"source":"r.yaml:7","id":"N3","error":"hours: expected a number, got '.nan'","at":"r.yaml:9:8"}
{"record":4,"source":"r.yaml:10","id":"N4","error":"hours: expected a number, got '.NaN'","at":"r.yaml:12:8"}
{"record":5,"source":"r.yaml:13","id":"N5","error":"hours: expected a number, got '.inf'","at":"r.yaml:15:8"}
{"record":6,"source":"r.yaml:16","id":"N6","error":"hours: expected a number, got '-.inf'","at":"r.yaml:18:8"}
{"record":7,"source":"r.yaml:19","id":"N7","error":"hours: expected a number, got '1_000'","at":"r.yaml:21:8"}
{"record":8,"source":"r.yaml:22","id":"N8","error":"hours: expected a number, got '0o17'","at":"r.yaml:24:8"}
{"record":9,"source":"r.yaml:25","id":"N9","error":"hours: expected a number, got '0b101'","at":"r.yaml:27:8"}
{"record":10,"source":"r.yaml:28","id":"N10","error":"hours: expected a number, got '1e3'","at":"r.yaml:30:8"}
{"record":11,"source":"r.yaml:31","id":"N11","error":"hours: expected a number, got '12.'","at":"r.yaml:33:8"}
{"record":12,"source":"r.yaml:34","id":"N12","error":"hours: expected a number, got '3,5'","at":"r.yaml:36:8"}
{"record":13,"source":"r.yaml:37","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

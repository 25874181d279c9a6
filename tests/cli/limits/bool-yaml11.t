# limits on records and protocols: bool YAML 1.1
== p.plinth < fixtures/intake.plinth
== r.yaml
---
client: B1
improved: on
---
client: B2
improved: off
---
client: B3
improved: On
---
client: B4
improved: OFF
---
client: B5
improved: y
---
client: B6
improved: n
---
client: B7
improved: Y
---
client: B8
improved: No
---
client: B9
improved: YES
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
{"record":1,"source":"r.yaml:1","id":"B1","error":"improved: 'on' is not a boolean here; write true or false","at":"r.yaml:3:11"}
{"record":2,"source":"r.yaml:4","id":"B2","error":"improved: 'off' is not a boolean here; write true or false","at":"r.yaml:6:11"}
{"record":3,"source":"r.yaml:7","id":"B3","error":"improved: 'On' is not a boolean here; write true or false","at":"r.yaml:9:11"}
{"record":4,"source":"r.yaml:10","id":"B4","error":"improved: 'OFF' is not a boolean here; write true or false","at":"r.yaml:12:11"}
{"record":5,"source":"r.yaml:13","id":"B5","error":"improved: 'y' is not a boolean here; write true or false","at":"r.yaml:15:11"}
{"record":6,"source":"r.yaml:16","id":"B6","error":"improved: 'n' is not a boolean here; write true or false","at":"r.yaml:18:11"}
{"record":7,"source":"r.yaml:19","id":"B7","error":"improved: 'Y' is not a boolean here; write true or false","at":"r.yaml:21:11"}
{"record":8,"source":"r.yaml:22","id":"B8","error":"improved: 'No' is not a boolean here; write true or false","at":"r.yaml:24:11"}
{"record":9,"source":"r.yaml:25","id":"B9","error":"improved: 'YES' is not a boolean here; write true or false","at":"r.yaml:27:11"}
{"record":10,"source":"r.yaml:28","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

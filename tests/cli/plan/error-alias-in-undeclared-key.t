# plinth plan: error alias in undeclared key
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
signs: &s [numbness]
copy: *s
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
{"record":1,"source":"r.yaml:1","id":"A","error":"aliases (*s) are not allowed in records","at":"r.yaml:3:7"}
{"record":2,"source":"r.yaml:4","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

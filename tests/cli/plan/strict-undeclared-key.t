# plinth plan: --strict: undeclared key
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal}
referred_by: Dr Who
---
client: OK
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal}
$ plinth plan -p p.plinth -f json --strict r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","error":"undeclared key 'referred_by'","at":"r.yaml:8:1"}
{"record":2,"source":"r.yaml:9","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

# plinth plan: undeclared keys ignored
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal, sway: true}
referred_by: Dr Who
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
{"record":1,"source":"r.yaml:1","id":"A","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
{"record":2,"source":"r.yaml:9","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}

# plinth plan: error done unknown step
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
done: [release, massage]
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
{"record":1,"source":"r.yaml:1","id":"A","error":"done: 'massage' is not a step of this protocol","at":"r.yaml:2:17"}
{"record":2,"source":"r.yaml:3","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

# plinth plan: error out of range
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/out-of-range.yaml
$ plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: 11 is outside 0..10","at":"r.yaml:2:7"}
{"record":2,"source":"r.yaml:3","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

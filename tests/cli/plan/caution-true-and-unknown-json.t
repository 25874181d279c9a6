# plinth plan: caution true and unknown, JSON output
== p.plinth < fixtures/cautions.plinth
== r.yaml < fixtures/cautions.yaml
$ plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[{"step":"massage","stage":"treat","title":"Massage","cautions":[{"kind":"caution","message":"go gently","at":"p.plinth:10:7"},{"kind":"caution","message":"check skin","at":"p.plinth:11:7"}]}],"blocked":[],"done":[],"skipped":[]}
{"record":2,"source":"r.yaml:4","id":"B","plan":[{"step":"massage","stage":"treat","title":"Massage","cautions":[{"kind":"caution","message":"go gently","at":"p.plinth:10:7"},{"kind":"unassessed","message":"age missing (caution if age >= 70)","fields":["age"],"at":"p.plinth:11:7"}]}],"blocked":[],"done":[],"skipped":[]}
{"record":3,"source":"r.yaml:7","id":"C","plan":[{"step":"massage","stage":"treat","title":"Massage","cautions":[]}],"blocked":[],"done":[],"skipped":[]}

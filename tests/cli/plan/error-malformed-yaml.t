# plinth plan: error malformed YAML
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/malformed.yaml
$ plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","error":"invalid YAML: did not find expected ',' or ']' while parsing a flow sequence started at line 2, column 8","at":"r.yaml:3:1"}
{"record":2,"source":"r.yaml:3","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

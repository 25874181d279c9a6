# plinth plan: records directory
== p.plinth < fixtures/intake.plinth
== b.yaml < fixtures/several-b.yaml
$ mkdir recs && plinth plan -p p.plinth -f json recs b.yaml
== stdout
{"record":1,"source":"b.yaml:1","id":"B1","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[{"kind":"caution","message":"go gently","at":"p.plinth:16:7"}]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== stderr
plinth: cannot read 'recs': it is a directory
== status 2

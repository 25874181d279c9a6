# plinth plan: missing file among others
== p.plinth < fixtures/intake.plinth
== a.yaml < fixtures/several-a.yaml
== b.yaml < fixtures/several-b.yaml
$ plinth plan -p p.plinth -f json a.yaml nope.yaml b.yaml
== stdout
{"record":1,"source":"a.yaml:1","id":"A1","plan":[],"blocked":[],"done":[],"skipped":["release","breaks"]}
{"record":2,"source":"a.yaml:8","id":"A2","error":"pain: 12 is outside 0..10","at":"a.yaml:10:7"}
{"record":3,"source":"b.yaml:1","id":"B1","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[{"kind":"caution","message":"go gently","at":"p.plinth:16:7"}]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== stderr
plinth: cannot read 'nope.yaml': No such file or directory
== status 2

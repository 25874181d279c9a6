# plinth plan: stdin redirect
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/stdin.yaml
$ plinth plan -p p.plinth -f json < r.yaml
== stdout
{"record":1,"source":"<stdin>:1","id":"S1","plan":[],"blocked":[],"done":[],"skipped":["release","breaks"]}
{"record":2,"source":"<stdin>:8","id":"S2","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[{"kind":"caution","message":"go gently","at":"p.plinth:16:7"}]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}

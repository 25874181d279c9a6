# plinth plan: null means missing
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
pain: 3
hours: ~
improved: null
tilt: anterior
signs:
posture: {lordosis: normal}
$ plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[],"blocked":[{"step":"release","stage":"treat","title":"Release","reasons":[{"kind":"unassessed","message":"improved missing (requires improved)","fields":["improved"],"at":"p.plinth:14:7"},{"kind":"unassessed","message":"signs missing (contraindicated if signs is not empty)","fields":["signs"],"at":"p.plinth:15:7"}]},{"step":"breaks","stage":"treat","title":"Sitting breaks","reasons":[{"kind":"unassessed","message":"hours missing (only if hours >= 6)","fields":["hours"],"at":"p.plinth:18:36"}]}],"done":[],"skipped":[]}

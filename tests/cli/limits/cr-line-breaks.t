# limits on records and protocols: CR line breaks
# lines that end in CR alone (old Mac files) are lines, as YAML has it:
# the '---' after one starts the second record, and each record's
# source line counts CR breaks
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ printf 'client: A\rpain: 3\r---\rclient: B\rpain: 4\r' > r.yaml
> plinth plan -p p.plinth -f json r.yaml ok.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[],"blocked":[{"step":"release","stage":"treat","title":"Release","reasons":[{"kind":"unassessed","message":"tilt, posture.lordosis missing (only if tilt == anterior or posture.lordosis == hyper)","fields":["tilt","posture.lordosis"],"at":"p.plinth:13:7"},{"kind":"unassessed","message":"improved missing (requires improved)","fields":["improved"],"at":"p.plinth:14:7"},{"kind":"unassessed","message":"signs missing (contraindicated if signs is not empty)","fields":["signs"],"at":"p.plinth:15:7"}]},{"step":"breaks","stage":"treat","title":"Sitting breaks","reasons":[{"kind":"unassessed","message":"hours missing (only if hours >= 6)","fields":["hours"],"at":"p.plinth:18:36"}]}],"done":[],"skipped":[]}
{"record":2,"source":"r.yaml:3","id":"B","plan":[],"blocked":[{"step":"release","stage":"treat","title":"Release","reasons":[{"kind":"unassessed","message":"tilt, posture.lordosis missing (only if tilt == anterior or posture.lordosis == hyper)","fields":["tilt","posture.lordosis"],"at":"p.plinth:13:7"},{"kind":"unassessed","message":"improved missing (requires improved)","fields":["improved"],"at":"p.plinth:14:7"},{"kind":"unassessed","message":"signs missing (contraindicated if signs is not empty)","fields":["signs"],"at":"p.plinth:15:7"}]},{"step":"breaks","stage":"treat","title":"Sitting breaks","reasons":[{"kind":"unassessed","message":"hours missing (only if hours >= 6)","fields":["hours"],"at":"p.plinth:18:36"}]}],"done":[],"skipped":[]}
{"record":3,"source":"ok.yaml:1","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}

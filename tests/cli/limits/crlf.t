# limits on records and protocols: CRLF
# CRLF line endings: read as LF, with the same lines and columns
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ printf 'client: A\r\npain: 11\r\n---\r\nclient: B\r\nimproved: yes\r\n---\r\n' > r.yaml
> tr -d '\r' < ok.yaml | sed 's/$/\r/' >> r.yaml
> plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: 11 is outside 0..10","at":"r.yaml:2:7"}
{"record":2,"source":"r.yaml:3","id":"B","error":"improved: 'yes' is not a boolean here; write true or false","at":"r.yaml:5:11"}
{"record":3,"source":"r.yaml:6","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

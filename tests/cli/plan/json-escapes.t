# plinth plan: JSON escapes
== p.plinth < fixtures/escapes.plinth
== r.yaml
client: "Zoë \"Z\" \\ O'Brien\t1"
pain: 7
$ plinth plan -p p.plinth -f json r.yaml > out.jsonl; s=$?; cat out.jsonl; jq -c "[.id, .blocked[0].reasons[0].message]" out.jsonl; exit $s
== stdout
{"record":1,"source":"r.yaml:1","id":"Zoë \"Z\" \\ O'Brien\t1","plan":[],"blocked":[{"step":"massage","stage":"s","title":"Massage","reasons":[{"kind":"unmet","message":"pain:\tscore\nhigh","at":"p.plinth:6:42"}]}],"done":[],"skipped":[]}
["Zoë \"Z\" \\ O'Brien\t1","pain:\tscore\nhigh"]

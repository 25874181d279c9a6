# limits on records and protocols: UTF-16
# UTF-16 (a byte-order mark FF FE or FE FF): one record error for the
# whole file, never a part of it read as records
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ printf '\377\376c\000l\000i\000e\000n\000t\000:\000 \000A\000\n\000-\000-\000-\000\n\000c\000:\000 \000B\000\n\000' > le.yaml
> printf '\376\377\000c\000:\000 \000A\000\n' > be.yaml
> plinth plan -p p.plinth -f json le.yaml be.yaml ok.yaml
== stdout
{"record":1,"source":"le.yaml:1","id":null,"error":"invalid input: a UTF-16 byte-order mark; records must be UTF-8","at":"le.yaml:1:1"}
{"record":2,"source":"be.yaml:1","id":null,"error":"invalid input: a UTF-16 byte-order mark; records must be UTF-8","at":"be.yaml:1:1"}
{"record":3,"source":"ok.yaml:1","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

# limits on records and protocols: NUL byte
# a NUL byte, in a value or a comment: a record error, the next record read
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ printf 'client: A\000B\n---\nclient: C\n# \000\npain: 3\n---\n' > r.yaml
> cat ok.yaml >> r.yaml
> plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":null,"error":"invalid input: control characters are not allowed (byte 0x00)","at":"r.yaml:1:10"}
{"record":2,"source":"r.yaml:2","id":null,"error":"invalid input: control characters are not allowed (byte 0x00)","at":"r.yaml:4:3"}
{"record":3,"source":"r.yaml:6","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

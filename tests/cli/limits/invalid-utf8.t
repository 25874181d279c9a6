# limits on records and protocols: invalid UTF-8
# bytes that are not UTF-8: a stray byte, a cut sequence, an overlong
# encoding, a surrogate; each a record error, the next record read
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ printf 'client: A\ntilt: ant\377rior\n---\nclient: B\npain: 3 # caf\303\n---\nclient: C\ntilt: \300\257\n---\nclient: D\nx: \355\240\200\n---\n' > r.yaml
> cat ok.yaml >> r.yaml
> plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":null,"error":"invalid input: invalid leading UTF-8 octet (byte 0xff)","at":"r.yaml:2:10"}
{"record":2,"source":"r.yaml:3","id":null,"error":"invalid input: invalid trailing UTF-8 octet (byte 0x0a)","at":"r.yaml:5:15"}
{"record":3,"source":"r.yaml:6","id":null,"error":"invalid input: invalid length of a UTF-8 sequence","at":"r.yaml:8:7"}
{"record":4,"source":"r.yaml:9","id":null,"error":"invalid input: invalid Unicode character (U+D800)","at":"r.yaml:11:4"}
{"record":5,"source":"r.yaml:12","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

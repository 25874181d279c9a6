# plinth plan: error NUL in value
# a NUL escaped into a double-quoted scalar must not cut the value short:
# "anterior\0x" is not anterior, "release\0" names no step
== p.plinth < fixtures/intake.plinth
== r.yaml
client: A
tilt: "anterior\0x"
---
client: B
signs: [numbness, "tingling\0"]
---
client: C
pain: 3
done: ["release\u0000"]
---
client: "D\x00E"
---
client: OK
pain: 3
hours: 8
improved: true
tilt: anterior
signs: []
posture: {lordosis: normal}
$ plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","error":"tilt: a value with a NUL character (U+0000) in it","at":"r.yaml:2:7"}
{"record":2,"source":"r.yaml:3","id":"B","error":"signs: a name with a NUL character (U+0000) in it","at":"r.yaml:5:19"}
{"record":3,"source":"r.yaml:6","id":"C","error":"done: a name with a NUL character (U+0000) in it","at":"r.yaml:9:8"}
{"record":4,"source":"r.yaml:10","id":null,"error":"client: a value with a NUL character (U+0000) in it","at":"r.yaml:11:9"}
{"record":5,"source":"r.yaml:12","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

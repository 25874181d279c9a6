# limits on records and protocols: byte order mark
# a UTF-8 byte-order mark at the start of the file is read as nothing:
# positions are not shifted.  Inside the stream (files joined with cat)
# one after a '---' is inside that document, where YAML allows none: a
# record error at the mark, never half read (stream-bom-* for more).
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ printf '\357\273\277client: A\npain: 11\n---\n\357\273\277client: B\npain: 12\n---\n' > r.yaml
> cat ok.yaml >> r.yaml
> plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","error":"pain: 11 is outside 0..10","at":"r.yaml:2:7"}
{"record":2,"source":"r.yaml:3","id":"B","error":"invalid input: a byte-order mark inside a document; one may only come before it, ahead of its directives and '---'","at":"r.yaml:4:1"}
{"record":3,"source":"r.yaml:6","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

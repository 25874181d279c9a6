# limits on records and protocols: scalar too long
# a declared field's value over 65536 bytes: a record error
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ { printf 'client: '; awk 'BEGIN { while (n++ < 65537) printf "x" }'; printf '\npain: 3\n---\n'; cat ok.yaml; } > r.yaml
> plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":null,"error":"client: value longer than 65536 bytes","at":"r.yaml:1:9"}
{"record":2,"source":"r.yaml:3","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

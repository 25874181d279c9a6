# limits on records and protocols: document too large
# a document over 16 MiB is one record error, dropped as it streams
# past (memory stays bounded); the next record is read
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ awk 'BEGIN { print "client: A"; for (i = 0; i < 300000; i++) printf "k%d: %060d\n", i, 0; print "---" }' > r.yaml
> cat ok.yaml >> r.yaml
> plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":null,"error":"document larger than 16 MiB","at":"r.yaml:1:1"}
{"record":2,"source":"r.yaml:300002","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]},{"step":"breaks","stage":"treat","title":"Sitting breaks","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
== status 1

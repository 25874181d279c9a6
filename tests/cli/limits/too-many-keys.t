# limits on records and protocols: too many keys
# 10000 keys in a mapping are read; the 10001st is a record error
== p.plinth < fixtures/intake.plinth
== ok.yaml < fixtures/limits-ok.yaml
$ awk 'BEGIN { print "client: A"; for (i = 1; i < 10000; i++) print "k" i ": 1"
>              print "---"; print "client: B"; for (i = 1; i <= 10000; i++) print "k" i ": 1"; print "---" }' > r.yaml
> cat ok.yaml >> r.yaml
> plinth plan -p p.plinth -f json r.yaml > out.json; s=$?
> cut -c 1-120 out.json
> exit $s
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[],"blocked":[{"step":"release","stage":"treat","title":"Release","reaso
{"record":2,"source":"r.yaml:10001","id":"B","error":"more than 10000 keys in one mapping","at":"r.yaml:20002:1"}
{"record":3,"source":"r.yaml:20003","id":"OK","plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]}
== status 1

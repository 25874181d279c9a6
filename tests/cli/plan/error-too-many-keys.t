# plinth plan: error too many keys
# Keys outside the protocol's fields are remembered, to find one given
# twice: at most 65536 in a record, so that memory stays bounded.  The
# record past that is an error; the one after it is read as usual.
$ awk 'BEGIN { print "client: MANY"; print "notes:"
> 	for (i = 0; i < 65537; i++) printf "  k%d: 1\n", i
> 	print "---"; print "client: NEXT" }' >r.yaml
> plinth plan -p protocols/iliopsoas.plinth -f json r.yaml >out; echo "exit $?"
> cut -c1-150 out
== stdout
exit 1
{"record":1,"source":"r.yaml:1","id":"MANY","error":"more than 65536 keys in one record","at":"r.yaml:65538:3"}
{"record":2,"source":"r.yaml:65540","id":"NEXT","plan":[{"step":"posture_assessment","stage":"assessment","title":"Assess posture, gait and movement p

# streams of records: long line line numbers
# A line over 16 MiB (its document is dropped as too large) is one line,
# however it was read: the records after it have their true lines, from
# a file, from a pipe (which hands it over in small pieces) and with
# -j 2.  A record with no id is known only by its line.  The long line
# is '--- ' over and over: no piece of it starts a document either.
== p.plinth < fixtures/stream.plinth
$ awk 'BEGIN { print "client: A"; printf "x: "; for (i = 0; i < 1200000; i++) printf "--- --- --- --- --- --- --- --- "; print ""; print "---"; print "pain: 11"; print "---"; print "client: C" }' > r.yaml
> plinth plan -p p.plinth -f json r.yaml >file.out; status=$?
> cat r.yaml | (plinth plan -p p.plinth -f json -; echo "pipe: status $?" >&2) | sed 's/<stdin>/r.yaml/g' >pipe.out
> plinth plan -j 2 -p p.plinth -f json r.yaml >jobs.out; echo "-j 2: status $?" >&2
> cmp file.out pipe.out >&2 && cmp file.out jobs.out >&2
> cat file.out
> exit $status
== stdout
{"record":1,"source":"r.yaml:1","id":null,"error":"document larger than 16 MiB","at":"r.yaml:1:1"}
{"record":2,"source":"r.yaml:3","id":null,"error":"pain: 11 is outside 0..10","at":"r.yaml:4:7"}
{"record":3,"source":"r.yaml:5","id":"C","plan":[],"blocked":[{"step":"rest","stage":"treat","title":"Rest","reasons":[{"kind":"unassessed","message":"pain missing (only if pain >= 5)","fields":["pain"],"at":"p.plinth:7:24"}]}],"done":[],"skipped":[]}
== stderr
pipe: status 1
-j 2: status 1
== status 1

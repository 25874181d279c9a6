# streams of records: BOM files joined
# Files that each start with a UTF-8 byte-order mark, joined with cat:
# YAML allows one at the start of every document, before its '---' or
# its directives (or before a document that may start with no '---',
# after a '...'), so each is read as nothing and every file's record
# has its result: none lost, none merged.  The same from a file, from a
# pipe and with -j 2.
== p.plinth < fixtures/stream.plinth
$ printf '\357\273\277---\nclient: A\npain: 7\n' > a.yaml
> printf '\357\273\277---\nclient: B\npain: 11\n' > b.yaml
> printf '\357\273\277%%YAML 1.2\n---\nclient: C\npain: 2\n...\n' > c.yaml
> printf '\357\273\277# no id\npain: 12\n' > d.yaml
> printf '\357\273\277# a comment first\n---\nclient: E\n' > e.yaml
> cat a.yaml b.yaml c.yaml d.yaml e.yaml > r.yaml
> plinth plan -p p.plinth -f json r.yaml >file.out; status=$?
> cat r.yaml | (plinth plan -p p.plinth -f json -; echo "pipe: status $?" >&2) | sed 's/<stdin>/r.yaml/g' >pipe.out
> plinth plan -j 2 -p p.plinth -f json r.yaml >jobs.out; echo "-j 2: status $?" >&2
> cmp file.out pipe.out >&2 && cmp file.out jobs.out >&2
> cat file.out
> exit $status
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[{"step":"rest","stage":"treat","title":"Rest","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
{"record":2,"source":"r.yaml:4","id":"B","error":"pain: 11 is outside 0..10","at":"r.yaml:6:7"}
{"record":3,"source":"r.yaml:7","id":"C","plan":[],"blocked":[],"done":[],"skipped":["rest"]}
{"record":4,"source":"r.yaml:13","id":null,"error":"pain: 12 is outside 0..10","at":"r.yaml:13:7"}
{"record":5,"source":"r.yaml:15","id":"E","plan":[],"blocked":[{"step":"rest","stage":"treat","title":"Rest","reasons":[{"kind":"unassessed","message":"pain missing (only if pain >= 5)","fields":["pain"],"at":"p.plinth:7:24"}]}],"done":[],"skipped":[]}
== stderr
pipe: status 1
-j 2: status 1
== status 1

# streams of records: BOM misplaced
# A byte-order mark at the start of a line where YAML allows none is an
# error result in its document's place, at the mark: after a '---'
# (inside that document), or before content that no '---' opens after
# another document (files joined with cat, the second without '---').
# The stream is cut before it, so the documents around it are read as
# usual: none lost, none merged.  The same from a file, from a pipe and
# with -j 2.
== p.plinth < fixtures/stream.plinth
$ printf 'client: A\npain: 7\n---\n' > a.yaml
> printf '\357\273\277client: B\npain: 3\n' > b.yaml
> printf '\357\273\277client: C\npain: 4\n' > c.yaml
> printf '\357\273\277---\nclient: D\n' > d.yaml
> printf '%%YAML 1.2\n\357\273\277---\nclient: E\n' > e.yaml
> cat a.yaml b.yaml c.yaml d.yaml > r.yaml
> printf '...\n' >> r.yaml
> cat e.yaml >> r.yaml
> plinth plan -p p.plinth -f json r.yaml >file.out; status=$?
> cat r.yaml | (plinth plan -p p.plinth -f json -; echo "pipe: status $?" >&2) | sed 's/<stdin>/r.yaml/g' >pipe.out
> plinth plan -j 2 -p p.plinth -f json r.yaml >jobs.out; echo "-j 2: status $?" >&2
> cmp file.out pipe.out >&2 && cmp file.out jobs.out >&2
> cat file.out
> exit $status
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[{"step":"rest","stage":"treat","title":"Rest","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
{"record":2,"source":"r.yaml:3","id":"B","error":"invalid input: a byte-order mark inside a document; one may only come before it, ahead of its directives and '---'","at":"r.yaml:4:1"}
{"record":3,"source":"r.yaml:6","id":"C","error":"invalid input: a byte-order mark inside a document; one may only come before it, ahead of its directives and '---'","at":"r.yaml:6:1"}
{"record":4,"source":"r.yaml:8","id":"D","plan":[],"blocked":[{"step":"rest","stage":"treat","title":"Rest","reasons":[{"kind":"unassessed","message":"pain missing (only if pain >= 5)","fields":["pain"],"at":"p.plinth:7:24"}]}],"done":[],"skipped":[]}
{"record":5,"source":"r.yaml:11","id":null,"error":"invalid input: a byte-order mark inside a document; one may only come before it, ahead of its directives and '---'","at":"r.yaml:12:1"}
== stderr
pipe: status 1
-j 2: status 1
== status 1

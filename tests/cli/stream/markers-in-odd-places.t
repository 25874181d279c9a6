# streams of records: markers in odd places
# '...' and '---' where no document is: a '...' that ends none is
# nothing, but one with more than a comment after it on its line is an
# error result in its place, not dropped with what it holds; a '---'
# with nothing after it is an empty record; a '...' right after a '---'
# ends that empty record.  The same from a file, from a pipe and with -j 2.
== p.plinth < fixtures/stream.plinth
$ printf -- '... client: X\nclient: A\npain: 7\n... # end of A\n...\n---\n...\nclient: B\n---\n' > r.yaml
> plinth plan -p p.plinth -f json r.yaml >file.out; status=$?
> cat r.yaml | (plinth plan -p p.plinth -f json -; echo "pipe: status $?" >&2) | sed 's/<stdin>/r.yaml/g' >pipe.out
> plinth plan -j 2 -p p.plinth -f json r.yaml >jobs.out; echo "-j 2: status $?" >&2
> cmp file.out pipe.out >&2 && cmp file.out jobs.out >&2
> cat file.out
> exit $status
== stdout
{"record":1,"source":"r.yaml:1","id":null,"error":"invalid YAML: did not find expected node content while parsing a block node started at line 1, column 1","at":"r.yaml:1:1"}
{"record":2,"source":"r.yaml:2","id":"A","plan":[{"step":"rest","stage":"treat","title":"Rest","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
{"record":3,"source":"r.yaml:6","id":null,"error":"empty document: a record is a mapping of fields","at":"r.yaml:6:1"}
{"record":4,"source":"r.yaml:8","id":"B","plan":[],"blocked":[{"step":"rest","stage":"treat","title":"Rest","reasons":[{"kind":"unassessed","message":"pain missing (only if pain >= 5)","fields":["pain"],"at":"p.plinth:7:24"}]}],"done":[],"skipped":[]}
{"record":5,"source":"r.yaml:9","id":null,"error":"empty document: a record is a mapping of fields","at":"r.yaml:9:1"}
== stderr
pipe: status 1
-j 2: status 1
== status 1

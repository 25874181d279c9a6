# streams of records: directives without document
# Directives that no document follows make an invalid stream: an error
# result where the document should have begun, with its place, and exit
# 1, never no result at all.  Directives alone, before a '...', one after
# another at the end.  The same from a file, from a pipe and with -j 2.
== p.plinth < fixtures/stream.plinth
$ printf '%%YAML 1.2\n...\nclient: A\npain: 3\n...\n%%TAG !e! tag:e.org,2000:\n%%YAML 1.2\n' > r.yaml
> plinth plan -p p.plinth -f json r.yaml >file.out; status=$?
> cat r.yaml | (plinth plan -p p.plinth -f json -; echo "pipe: status $?" >&2) | sed 's/<stdin>/r.yaml/g' >pipe.out
> plinth plan -j 2 -p p.plinth -f json r.yaml >jobs.out; echo "-j 2: status $?" >&2
> cmp file.out pipe.out >&2 && cmp file.out jobs.out >&2
> cat file.out
> printf '%%YAML 1.2\n' > alone.yaml
> plinth plan -p p.plinth -f json alone.yaml; echo "alone: status $?"
> exit $status
== stdout
{"record":1,"source":"r.yaml:1","id":null,"error":"invalid YAML: did not find expected <document start>","at":"r.yaml:2:1"}
{"record":2,"source":"r.yaml:3","id":"A","plan":[],"blocked":[],"done":[],"skipped":["rest"]}
{"record":3,"source":"r.yaml:6","id":null,"error":"invalid YAML: did not find expected <document start>","at":"r.yaml:8:1"}
{"record":1,"source":"alone.yaml:1","id":null,"error":"invalid YAML: did not find expected <document start>","at":"alone.yaml:2:1"}
alone: status 1
== stderr
pipe: status 1
-j 2: status 1
== status 1

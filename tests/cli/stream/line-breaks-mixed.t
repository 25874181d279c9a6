# streams of records: line breaks mixed
# LF, CRLF and lone CR line breaks mixed in one stream: each is one line
# break, as in YAML, so every record's line and every error's line and
# column are true; the same from a file, from a pipe and with -j 2.
== p.plinth < fixtures/stream.plinth
$ printf 'client: A\r\npain: 3\n---\rclient: B\r\rpain: 11\r\n---\n\nclient: C\rpain: 12\r\n...\r\n\r# no id\rpain: 13\n---\r\npain: [1\r' > r.yaml
> plinth plan -p p.plinth -f json r.yaml >file.out; status=$?
> cat r.yaml | (plinth plan -p p.plinth -f json -; echo "pipe: status $?" >&2) | sed 's/<stdin>/r.yaml/g' >pipe.out
> plinth plan -j 2 -p p.plinth -f json r.yaml >jobs.out; echo "-j 2: status $?" >&2
> cmp file.out pipe.out >&2 && cmp file.out jobs.out >&2
> cat file.out
> exit $status
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[],"blocked":[],"done":[],"skipped":["rest"]}
{"record":2,"source":"r.yaml:3","id":"B","error":"pain: 11 is outside 0..10","at":"r.yaml:6:7"}
{"record":3,"source":"r.yaml:7","id":"C","error":"pain: 12 is outside 0..10","at":"r.yaml:10:7"}
{"record":4,"source":"r.yaml:14","id":null,"error":"pain: 13 is outside 0..10","at":"r.yaml:14:7"}
{"record":5,"source":"r.yaml:15","id":null,"error":"pain: expected a single value, got a list","at":"r.yaml:16:7"}
== stderr
pipe: status 1
-j 2: status 1
== status 1

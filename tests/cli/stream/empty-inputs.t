# streams of records: empty inputs
# Input with no document: empty, comments and blank lines only, '...'
# lines only, a byte-order mark only.  No records, no results, exit 0,
# from files, from a pipe and with -j 2.  (A '---' alone is a document:
# an empty record, an error.)
== p.plinth < fixtures/stream.plinth
$ printf '' > empty.yaml
> printf '# no records yet\n\n   \n# none\n' > comments.yaml
> printf -- '...\n# c\n...\n' > dots.yaml
> printf '\357\273\277' > bom.yaml
> plinth plan -p p.plinth -f json empty.yaml comments.yaml dots.yaml bom.yaml; echo "files: status $?"
> cat empty.yaml comments.yaml dots.yaml bom.yaml | plinth plan -p p.plinth -f json -; echo "pipe: status $?"
> plinth plan -j 2 -p p.plinth -f json empty.yaml comments.yaml dots.yaml bom.yaml; echo "-j 2: status $?"
> printf -- '---\n' | plinth plan -p p.plinth -f json -; echo "'---' alone: status $?"
== stdout
files: status 0
pipe: status 0
-j 2: status 0
{"record":1,"source":"<stdin>:1","id":null,"error":"empty document: a record is a mapping of fields","at":"<stdin>:1:1"}
'---' alone: status 1

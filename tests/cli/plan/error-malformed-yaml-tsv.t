# plinth plan: error malformed YAML, TSV output
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/malformed.yaml
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A				error	r.yaml:3:1: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence started at line 2, column 8
2	OK	1	release	treat	planned\t (esc)
2	OK	2	breaks	treat	planned\t (esc)
== status 1

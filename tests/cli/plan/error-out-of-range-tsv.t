# plinth plan: error out of range, TSV output
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/out-of-range.yaml
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A				error	r.yaml:2:7: pain: 11 is outside 0..10
2	OK	1	release	treat	planned\t (esc)
2	OK	2	breaks	treat	planned\t (esc)
== status 1

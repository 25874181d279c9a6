# plinth plan: TSV escapes
== p.plinth < fixtures/escapes.plinth
== r.yaml
client: "A\tB\nC\\D"
pain: 7
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A\tB\nC\\D		massage	s	blocked	unmet: pain:\tscore\nhigh

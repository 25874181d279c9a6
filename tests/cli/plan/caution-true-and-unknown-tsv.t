# plinth plan: caution true and unknown, TSV output
== p.plinth < fixtures/cautions.plinth
== r.yaml < fixtures/cautions.yaml
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	massage	treat	planned	caution: go gently; caution: check skin
2	B	1	massage	treat	planned	caution: go gently; unassessed: age missing (caution if age >= 70)
3	C	1	massage	treat	planned\t (esc)

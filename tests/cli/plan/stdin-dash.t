# plinth plan: stdin as -
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/stdin.yaml
$ cat r.yaml | plinth plan -p p.plinth -f tsv -
== stdout
record	id	seq	step	stage	status	reasons
1	S1		release	treat	skipped\t (esc)
1	S1		breaks	treat	skipped\t (esc)
2	S2	1	release	treat	planned	caution: go gently
2	S2	2	breaks	treat	planned\t (esc)

# plinth plan: exit missing file beats invalid
== p.plinth < fixtures/intake.plinth
== a.yaml
client: A
pain: 99
$ plinth plan -p p.plinth -f tsv a.yaml nope.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A				error	a.yaml:2:7: pain: 99 is outside 0..10
== stderr
plinth: cannot read 'nope.yaml': No such file or directory
== status 2

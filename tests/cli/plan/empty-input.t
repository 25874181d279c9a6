# plinth plan: empty input
== p.plinth < fixtures/intake.plinth
== comments.yaml
# no records yet
== empty.yaml
$ plinth plan -p p.plinth -f tsv empty.yaml comments.yaml
== stdout
record	id	seq	step	stage	status	reasons

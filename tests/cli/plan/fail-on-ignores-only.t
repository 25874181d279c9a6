# plinth plan: --fail-on ignores only
== r.yaml < fixtures/worked-example.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f tsv --only planned --fail-on contraindicated r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	C-0042	1	release_quadratus_lumborum	compensation	planned\t (esc)
1	C-0042	2	pelvic_tilts	stabilization	planned\t (esc)
1	C-0042	3	glute_bridges	stabilization	planned\t (esc)
1	C-0042	4	sitting_breaks	stabilization	planned\t (esc)
== status 3

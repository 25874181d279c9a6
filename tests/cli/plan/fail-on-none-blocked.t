# plinth plan: --fail-on none blocked
== r.yaml < fixtures/none-blocked.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f tsv --fail-on blocked r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	C-0107		posture_assessment	assessment	done\t (esc)
1	C-0107		release_quadratus_lumborum	compensation	skipped\t (esc)
1	C-0107		release_rectus_femoris	compensation	done\t (esc)
1	C-0107		release_gluteus_medius	compensation	skipped\t (esc)
1	C-0107	1	iliopsoas_release	release	planned	caution: work within the client's comfort and watch their response
1	C-0107	2	pelvic_tilts	stabilization	planned\t (esc)
1	C-0107	3	glute_bridges	stabilization	planned\t (esc)
1	C-0107	4	hip_flexor_stretch	stabilization	planned\t (esc)
1	C-0107	5	sitting_breaks	stabilization	planned\t (esc)

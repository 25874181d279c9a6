# plinth plan: worked example, TSV output
== r.yaml < fixtures/worked-example.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	C-0042		posture_assessment	assessment	done\t (esc)
1	C-0042	1	release_quadratus_lumborum	compensation	planned\t (esc)
1	C-0042		release_rectus_femoris	compensation	skipped\t (esc)
1	C-0042		release_gluteus_medius	compensation	skipped\t (esc)
1	C-0042		iliopsoas_release	release	blocked	contraindicated: signs of nerve involvement; unmet: posture has not improved yet
1	C-0042	2	pelvic_tilts	stabilization	planned\t (esc)
1	C-0042	3	glute_bridges	stabilization	planned\t (esc)
1	C-0042		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
1	C-0042	4	sitting_breaks	stabilization	planned\t (esc)

# plinth plan: blocked is not failure
== r.yaml < fixtures/posture-unassessed.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	C-0311	1	posture_assessment	assessment	planned\t (esc)
1	C-0311		release_quadratus_lumborum	compensation	skipped\t (esc)
1	C-0311		release_rectus_femoris	compensation	skipped\t (esc)
1	C-0311		release_gluteus_medius	compensation	skipped\t (esc)
1	C-0311		iliopsoas_release	release	blocked	unassessed: posture.improved missing (requires posture.improved)
1	C-0311		pelvic_tilts	stabilization	blocked	unassessed: posture.pelvic_tilt, posture.lumbar_lordosis missing (only if postural_pattern)
1	C-0311	2	glute_bridges	stabilization	planned\t (esc)
1	C-0311		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
1	C-0311	3	sitting_breaks	stabilization	planned\t (esc)

# plinth plan: exit fail on across files
== a.yaml < fixtures/none-blocked.yaml
== b.yaml < fixtures/posture-unassessed.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f tsv --fail-on unassessed a.yaml b.yaml > out.tsv; s=$?; cut -f 1,2,4,6 out.tsv; exit $s
== stdout
record	id	step	status
1	C-0107	posture_assessment	done
1	C-0107	release_quadratus_lumborum	skipped
1	C-0107	release_rectus_femoris	done
1	C-0107	release_gluteus_medius	skipped
1	C-0107	iliopsoas_release	planned
1	C-0107	pelvic_tilts	planned
1	C-0107	glute_bridges	planned
1	C-0107	hip_flexor_stretch	planned
1	C-0107	sitting_breaks	planned
2	C-0311	posture_assessment	planned
2	C-0311	release_quadratus_lumborum	skipped
2	C-0311	release_rectus_femoris	skipped
2	C-0311	release_gluteus_medius	skipped
2	C-0311	iliopsoas_release	blocked
2	C-0311	pelvic_tilts	blocked
2	C-0311	glute_bridges	planned
2	C-0311	hip_flexor_stretch	blocked
2	C-0311	sitting_breaks	planned
== status 3

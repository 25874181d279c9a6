# plinth plan: example, TSV output
$ plinth plan -p protocols/iliopsoas.plinth -f tsv examples/clients.yaml
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
2	C-0107		posture_assessment	assessment	done\t (esc)
2	C-0107		release_quadratus_lumborum	compensation	skipped\t (esc)
2	C-0107		release_rectus_femoris	compensation	done\t (esc)
2	C-0107		release_gluteus_medius	compensation	skipped\t (esc)
2	C-0107	1	iliopsoas_release	release	planned	caution: work within the client's comfort and watch their response
2	C-0107	2	pelvic_tilts	stabilization	planned\t (esc)
2	C-0107	3	glute_bridges	stabilization	planned\t (esc)
2	C-0107	4	hip_flexor_stretch	stabilization	planned\t (esc)
2	C-0107	5	sitting_breaks	stabilization	planned\t (esc)
3	C-0213	1	posture_assessment	assessment	planned\t (esc)
3	C-0213		release_quadratus_lumborum	compensation	skipped\t (esc)
3	C-0213		release_rectus_femoris	compensation	skipped\t (esc)
3	C-0213		release_gluteus_medius	compensation	skipped\t (esc)
3	C-0213		iliopsoas_release	release	blocked	contraindicated: herniated disc; contraindicated: unstable lumbar spine
3	C-0213		pelvic_tilts	stabilization	skipped\t (esc)
3	C-0213	2	glute_bridges	stabilization	planned\t (esc)
3	C-0213		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
3	C-0213		sitting_breaks	stabilization	skipped\t (esc)
4	C-0250	1	posture_assessment	assessment	planned\t (esc)
4	C-0250	2	release_quadratus_lumborum	compensation	planned\t (esc)
4	C-0250		release_rectus_femoris	compensation	skipped\t (esc)
4	C-0250	3	release_gluteus_medius	compensation	planned\t (esc)
4	C-0250		iliopsoas_release	release	blocked	unassessed: nerve_signs missing (contraindicated if nerve_involvement)
4	C-0250		pelvic_tilts	stabilization	skipped\t (esc)
4	C-0250	4	glute_bridges	stabilization	planned\t (esc)
4	C-0250		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
4	C-0250	5	sitting_breaks	stabilization	planned\t (esc)
5	C-0311	1	posture_assessment	assessment	planned\t (esc)
5	C-0311		release_quadratus_lumborum	compensation	skipped\t (esc)
5	C-0311		release_rectus_femoris	compensation	skipped\t (esc)
5	C-0311		release_gluteus_medius	compensation	skipped\t (esc)
5	C-0311		iliopsoas_release	release	blocked	unassessed: posture.improved missing (requires posture.improved)
5	C-0311		pelvic_tilts	stabilization	blocked	unassessed: posture.pelvic_tilt, posture.lumbar_lordosis missing (only if postural_pattern)
5	C-0311	2	glute_bridges	stabilization	planned\t (esc)
5	C-0311		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
5	C-0311	3	sitting_breaks	stabilization	planned\t (esc)
6	C-0388		posture_assessment	assessment	done\t (esc)
6	C-0388		release_quadratus_lumborum	compensation	done\t (esc)
6	C-0388	1	release_rectus_femoris	compensation	planned\t (esc)
6	C-0388	2	release_gluteus_medius	compensation	planned\t (esc)
6	C-0388	3	iliopsoas_release	release	planned	unassessed: pain missing (caution if pain >= 7)
6	C-0388	4	pelvic_tilts	stabilization	planned\t (esc)
6	C-0388	5	glute_bridges	stabilization	planned\t (esc)
6	C-0388	6	hip_flexor_stretch	stabilization	planned\t (esc)
6	C-0388		sitting_breaks	stabilization	skipped\t (esc)
7	C-0099				error	examples/clients.yaml:95:7: pain: 14 is outside 0..10
8	C-0455		posture_assessment	assessment	done\t (esc)
8	C-0455		release_quadratus_lumborum	compensation	skipped\t (esc)
8	C-0455	1	release_rectus_femoris	compensation	planned\t (esc)
8	C-0455		release_gluteus_medius	compensation	skipped\t (esc)
8	C-0455		iliopsoas_release	release	blocked	contraindicated: signs of nerve involvement; contraindicated: herniated disc; unmet: posture has not improved yet
8	C-0455	2	pelvic_tilts	stabilization	planned\t (esc)
8	C-0455	3	glute_bridges	stabilization	planned\t (esc)
8	C-0455		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
8	C-0455	4	sitting_breaks	stabilization	planned\t (esc)
== status 1

# plinth plan: --only blocked, TSV output
$ plinth plan -p protocols/iliopsoas.plinth examples/clients.yaml -f tsv --only blocked
== stdout
record	id	seq	step	stage	status	reasons
1	C-0042		iliopsoas_release	release	blocked	contraindicated: signs of nerve involvement; unmet: posture has not improved yet
1	C-0042		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
3	C-0213		iliopsoas_release	release	blocked	contraindicated: herniated disc; contraindicated: unstable lumbar spine
3	C-0213		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
4	C-0250		iliopsoas_release	release	blocked	unassessed: nerve_signs missing (contraindicated if nerve_involvement)
4	C-0250		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
5	C-0311		iliopsoas_release	release	blocked	unassessed: posture.improved missing (requires posture.improved)
5	C-0311		pelvic_tilts	stabilization	blocked	unassessed: posture.pelvic_tilt, posture.lumbar_lordosis missing (only if postural_pattern)
5	C-0311		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
7	C-0099				error	examples/clients.yaml:95:7: pain: 14 is outside 0..10
8	C-0455		iliopsoas_release	release	blocked	contraindicated: signs of nerve involvement; contraindicated: herniated disc; unmet: posture has not improved yet
8	C-0455		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
== status 1

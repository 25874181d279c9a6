# plinth plan: directives and broken documents
== p.plinth < fixtures/iliopsoas.plinth
== r.yaml
%TAG !e! tag:example.com,2000:
---
client: A
pain: !e!x 14
foo: [a, b
---
client: B
pain: 3
---
%TAG !f! tag:f.org,2000:
--- !f!m
client: C
pain: [1, {a: b}]
...
---
client: D
nerve_signs: [x
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A				error	r.yaml:4:7: pain: expected a whole number, got '14' tagged tag:example.com,2000:x
2	B	1	posture_assessment	assessment	planned\t (esc)
2	B		release_quadratus_lumborum	compensation	blocked	unassessed: overactive missing (only if quadratus_lumborum in overactive)
2	B		release_rectus_femoris	compensation	blocked	unassessed: overactive missing (only if rectus_femoris in overactive)
2	B		release_gluteus_medius	compensation	blocked	unassessed: overactive missing (only if gluteus_medius in overactive)
2	B		iliopsoas_release	release	blocked	unassessed: posture.improved missing (requires posture.improved); unassessed: nerve_signs missing (contraindicated if nerve_involvement); unassessed: conditions missing (contraindicated if herniated_disc in conditions); unassessed: conditions missing (contraindicated if lumbar_instability in conditions); dependency: after release_quadratus_lumborum, which is blocked; dependency: after release_rectus_femoris, which is blocked; dependency: after release_gluteus_medius, which is blocked
2	B		pelvic_tilts	stabilization	blocked	unassessed: posture.pelvic_tilt, posture.lumbar_lordosis missing (only if postural_pattern)
2	B	2	glute_bridges	stabilization	planned\t (esc)
2	B		hip_flexor_stretch	stabilization	blocked	dependency: after iliopsoas_release, which is blocked
2	B		sitting_breaks	stabilization	blocked	unassessed: history.sitting_hours_per_day missing (only if prolonged_sitting)
3					error	r.yaml:9:1: empty document: a record is a mapping of fields
4	C				error	r.yaml:13:7: pain: expected a single value, got a list
5	D				error	r.yaml:17:15: nerve_signs: 'x' is not one of numbness, tingling, weakness
== status 1

# plinth plan: duplicate keys any depth
== r.yaml
# posture retracted after it was given: the release must not be planned
client: D16
history: {sitting_hours_per_day: 2}
posture: {pelvic_tilt: neutral, lumbar_lordosis: normal, improved: true}
overactive: []
nerve_signs: []
conditions: []
pain: 2
posture: ~          # posture retracted: not reassessed today
---
# the other way round
client: D17
posture: ~
history: {sitting_hours_per_day: 2}
posture: {pelvic_tilt: neutral, lumbar_lordosis: normal, improved: true}
overactive: []
nerve_signs: []
conditions: []
pain: 2
---
# in an undeclared subtree, through a list
client: D18
history: {sitting_hours_per_day: 2}
posture: {pelvic_tilt: neutral, lumbar_lordosis: normal, improved: true}
overactive: []
nerve_signs: []
conditions: []
pain: 2
visits:
  - {date: 2026-11-01, therapist: A}
  - date: 2026-11-08
    therapist: B
    date: 2026-11-09
---
# a sequence and a scalar under one key
client: D19
history: {sitting_hours_per_day: 2}
conditions: []
posture: {pelvic_tilt: neutral, lumbar_lordosis: normal, improved: true}
overactive: []
nerve_signs: []
conditions: [herniated_disc]
pain: 2
---
# the same record with nothing given twice: planned
client: D20
history: {sitting_hours_per_day: 2}
posture: {pelvic_tilt: neutral, lumbar_lordosis: normal, improved: true}
overactive: []
nerve_signs: []
conditions: []
pain: 2
visits:
  - {date: 2026-11-01, therapist: A}
  - {date: 2026-11-08, therapist: B}
$ P=protocols/iliopsoas.plinth
> plinth plan -p $P r.yaml; echo "exit $?"
> plinth plan -p $P -f json r.yaml >file.json; echo "exit $?"
> cat r.yaml | plinth plan -p $P -f json - | sed 's/"<stdin>:/"r.yaml:/g' | cmp - file.json && echo "pipe: the same"
> plinth plan -j 2 -p $P -f json r.yaml | cmp - file.json && echo "-j 2: the same"
> cat file.json
> plinth plan -p $P -f tsv --only planned r.yaml
== stdout
D16 (record 1, r.yaml:2)
  error: r.yaml:9:1: posture: given twice (first at line 4)

D17 (record 2, r.yaml:10)
  error: r.yaml:15:1: posture: given twice (first at line 13)

D18 (record 3, r.yaml:20)
  error: r.yaml:33:5: visits[1].date: given twice (first at line 31)

D19 (record 4, r.yaml:34)
  error: r.yaml:42:1: conditions: given twice (first at line 38)

D20 (record 5, r.yaml:44)
  plan:
    1. posture_assessment: Assess posture, gait and movement patterns
       note: look for anterior pelvic tilt, lumbar hyperlordosis and tight hip flexors
    2. iliopsoas_release: Gentle, progressive iliopsoas release
       technique: myofascial release, trigger point or neuromuscular work; slow and gradual
    3. glute_bridges: Glute bridges
    4. hip_flexor_stretch: Hip flexor stretches
  skipped: release_quadratus_lumborum, release_rectus_femoris, release_gluteus_medius, pelvic_tilts, sitting_breaks
exit 1
exit 1
pipe: the same
-j 2: the same
{"record":1,"source":"r.yaml:2","id":"D16","error":"posture: given twice (first at line 4)","at":"r.yaml:9:1"}
{"record":2,"source":"r.yaml:10","id":"D17","error":"posture: given twice (first at line 13)","at":"r.yaml:15:1"}
{"record":3,"source":"r.yaml:20","id":"D18","error":"visits[1].date: given twice (first at line 31)","at":"r.yaml:33:5"}
{"record":4,"source":"r.yaml:34","id":"D19","error":"conditions: given twice (first at line 38)","at":"r.yaml:42:1"}
{"record":5,"source":"r.yaml:44","id":"D20","plan":[{"step":"posture_assessment","stage":"assessment","title":"Assess posture, gait and movement patterns","cautions":[],"notes":["look for anterior pelvic tilt, lumbar hyperlordosis and tight hip flexors"]},{"step":"iliopsoas_release","stage":"release","title":"Gentle, progressive iliopsoas release","cautions":[],"technique":["myofascial release, trigger point or neuromuscular work; slow and gradual"]},{"step":"glute_bridges","stage":"stabilization","title":"Glute bridges","cautions":[]},{"step":"hip_flexor_stretch","stage":"stabilization","title":"Hip flexor stretches","cautions":[]}],"blocked":[],"done":[],"skipped":["release_quadratus_lumborum","release_rectus_femoris","release_gluteus_medius","pelvic_tilts","sitting_breaks"]}
record	id	seq	step	stage	status	reasons
1	D16				error	r.yaml:9:1: posture: given twice (first at line 4)
2	D17				error	r.yaml:15:1: posture: given twice (first at line 13)
3	D18				error	r.yaml:33:5: visits[1].date: given twice (first at line 31)
4	D19				error	r.yaml:42:1: conditions: given twice (first at line 38)
5	D20	1	posture_assessment	assessment	planned\t (esc)
5	D20	2	iliopsoas_release	release	planned\t (esc)
5	D20	3	glute_bridges	stabilization	planned\t (esc)
5	D20	4	hip_flexor_stretch	stabilization	planned\t (esc)
== status 1

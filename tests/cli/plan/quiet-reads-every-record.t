# plinth plan: --quiet: reads every record
== last-contraindicated.yaml
client: R-3
history:
  sitting_hours_per_day: 7.5
posture:
  pelvic_tilt: anterior
  lumbar_lordosis: normal
  improved: true
overactive: [rectus_femoris]
nerve_signs: []
conditions: []
pain: 2
done: [posture_assessment, release_rectus_femoris]
---
client: R-4
history:
  sitting_hours_per_day: 7.5
posture:
  pelvic_tilt: anterior
  lumbar_lordosis: normal
  improved: true
overactive: [rectus_femoris]
nerve_signs: []
conditions: []
pain: 4
done: [posture_assessment, release_rectus_femoris]
---
client: R-5
history:
  sitting_hours_per_day: 7.5
posture:
  pelvic_tilt: anterior
  lumbar_lordosis: normal
  improved: true
overactive: [rectus_femoris]
nerve_signs: [tingling]
conditions: []
pain: 4
done: [posture_assessment, release_rectus_femoris]
== ok.yaml < fixtures/quiet-ok.yaml
$ plinth plan -q -p protocols/iliopsoas.plinth --fail-on contraindicated ok.yaml last-contraindicated.yaml
== status 3

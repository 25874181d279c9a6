# plinth plan: --quiet: invalid record
== bad.yaml
client: R-6
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
client: R-7
history:
  sitting_hours_per_day: 7.5
posture:
  pelvic_tilt: anterior
  lumbar_lordosis: normal
  improved: true
overactive: [rectus_femoris]
nerve_signs: []
conditions: []
pain: 12
done: [posture_assessment, release_rectus_femoris]
== ok.yaml < fixtures/quiet-ok.yaml
$ plinth plan -q -p protocols/iliopsoas.plinth -f json ok.yaml bad.yaml; echo "invalid: $?"; plinth plan --quiet -p protocols/iliopsoas.plinth - < ok.yaml; echo "ok: $?"; plinth plan -q -p protocols/iliopsoas.plinth ok.yaml missing.yaml
== stdout
invalid: 1
ok: 0
== status 2

# escaping what is printed: plan text forged error
== r.yaml
# A value with newlines would forge a whole result of its own in text
# output; it is escaped, on the error's one line.
client: C-0001
history:
  sitting_hours_per_day: 9
posture:
  pelvic_tilt: "x\n\nC-0042 (record 2, clients.yaml:8)\n  plan:\n    1. iliopsoas_release: Gentle, progressive iliopsoas release\n"
  lumbar_lordosis: hyper
  improved: true
overactive: []
nerve_signs: []
conditions: []
pain: 4
$ plinth plan -p protocols/iliopsoas.plinth r.yaml
== stdout
C-0001 (record 1, r.yaml:3)
  error: r.yaml:7:16: posture.pelvic_tilt: 'x\n\nC-0042 (record 2, clients.yaml:8)\n  plan:\n    1. iliopsoas_release: Gentle, progressive iliopsoas release\n' is not one of neutral, anterior, posterior
== status 1

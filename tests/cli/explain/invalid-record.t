# plinth explain: invalid record
== p.plinth < fixtures/intake-explain.plinth
== r.yaml < fixtures/invalid-record.yaml
$ plinth explain -p p.plinth r.yaml
== stdout
B-2 (record 1, r.yaml:1)
  error: r.yaml:2:7: pain: 14 is outside 0..10

B-3 (record 2, r.yaml:3)
  plan: nothing to do
  blocked:
    release: Release
      unassessed: tilt, posture.lordosis missing (only if pattern)
      unassessed: improved missing (requires improved)
      unassessed: signs missing (contraindicated if signs is not empty) [r1]
    breaks: Sitting breaks
      unassessed: hours missing (only if sitting)
  explain:
    checks:
      sitting = unknown
        question: Does the client sit for long periods?
        condition: hours >= 6
        hours missing
        missing: hours
      pattern = unknown
        condition: tilt == anterior or posture.lordosis == hyper
        tilt missing
        posture.lordosis missing
        missing: tilt, posture.lordosis
    steps:
      release: blocked
        requires pain is known = true
          pain = 2 (r.yaml:5:7)
        only if pattern = unknown
          tilt missing
          posture.lordosis missing
          missing: tilt, posture.lordosis
        requires improved = unknown
          improved missing
          missing: improved
        contraindicated if signs is not empty = unknown
          signs missing
          missing: signs
        caution if pain >= 7 = false
          pain = 2 (r.yaml:5:7)
      breaks: blocked
        requires pain is known = true
          pain = 2 (r.yaml:5:7)
        only if sitting = unknown
          hours missing
          missing: hours
== status 1

# plinth plan: --explain: several records
== p.plinth < fixtures/intake-explain.plinth
== a.yaml < fixtures/explain-several.yaml
== b.yaml < fixtures/explain-c-3.yaml
$ plinth plan --explain -p p.plinth a.yaml b.yaml
== stdout
C-1 (record 1, a.yaml:1)
  plan:
    1. breaks: Sitting breaks
  skipped: release
  explain:
    checks:
      sitting = true
        question: Does the client sit for long periods?
        condition: hours >= 6
        hours = 8 (a.yaml:3:8)
      pattern = false
        condition: tilt == anterior or posture.lordosis == hyper
        tilt = neutral (a.yaml:4:7)
        posture.lordosis = normal (a.yaml:5:21)
    steps:
      release: skipped
        requires pain is known = true
          pain = 2 (a.yaml:2:7)
        only if pattern = false
          tilt = neutral (a.yaml:4:7)
          posture.lordosis = normal (a.yaml:5:21)
        requires improved = true
          improved = true (a.yaml:6:11)
        contraindicated if signs is not empty = true
          signs = [numbness] (a.yaml:7:8)
        caution if pain >= 7 = false
          pain = 2 (a.yaml:2:7)
      breaks: planned
        requires pain is known = true
          pain = 2 (a.yaml:2:7)
        only if sitting = true
          hours = 8 (a.yaml:3:8)

C-2 (record 2, a.yaml:8)
  plan: nothing to do
  blocked:
    release: Release
      unassessed: tilt, posture.lordosis missing (only if pattern)
      unassessed: signs missing (contraindicated if signs is not empty) [r1]
      unmet: pain must be assessed
      unmet: posture has not improved
    breaks: Sitting breaks
      unassessed: hours missing (only if sitting)
      unmet: pain must be assessed
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
        requires pain is known = false
          pain missing
        only if pattern = unknown
          tilt missing
          posture.lordosis missing
          missing: tilt, posture.lordosis
        requires improved = false
          improved = false (a.yaml:10:11)
        contraindicated if signs is not empty = unknown
          signs missing
          missing: signs
        caution if pain >= 7 = unknown
          pain missing
          missing: pain
      breaks: blocked
        requires pain is known = false
          pain missing
        only if sitting = unknown
          hours missing
          missing: hours

C-3 (record 3, b.yaml:1)
  plan:
    1. release: Release
  skipped: breaks
  explain:
    checks:
      sitting = false
        question: Does the client sit for long periods?
        condition: hours >= 6
        hours = 3.5 (b.yaml:3:8)
      pattern = true
        condition: tilt == anterior or posture.lordosis == hyper
        tilt = posterior (b.yaml:4:7)
        posture.lordosis = hyper (b.yaml:6:13)
    steps:
      release: planned
        requires pain is known = true
          pain = 5 (b.yaml:2:7)
        only if pattern = true
          tilt = posterior (b.yaml:4:7)
          posture.lordosis = hyper (b.yaml:6:13)
        requires improved = true
          improved = true (b.yaml:7:11)
        contraindicated if signs is not empty = false
          signs = [] (b.yaml:8:8)
        caution if pain >= 7 = false
          pain = 5 (b.yaml:2:7)
      breaks: skipped
        requires pain is known = true
          pain = 5 (b.yaml:2:7)
        only if sitting = false
          hours = 3.5 (b.yaml:3:8)

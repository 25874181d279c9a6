# plinth explain: true false unknown
== p.plinth < fixtures/intake-explain.plinth
== r.yaml < fixtures/explain-one.yaml
$ plinth explain -p p.plinth r.yaml
== stdout
A-1 (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    release: Release
      unassessed: improved missing (requires improved)
    breaks: Sitting breaks
      unassessed: hours missing (only if sitting)
  explain:
    checks:
      sitting = unknown
        question: Does the client sit for long periods?
        condition: hours >= 6
        hours missing
        missing: hours
      pattern = true
        condition: tilt == anterior or posture.lordosis == hyper
        tilt = anterior (r.yaml:3:7)
        posture.lordosis missing
    steps:
      release: blocked
        requires pain is known = true
          pain = 8 (r.yaml:2:7)
        only if pattern = true
          tilt = anterior (r.yaml:3:7)
          posture.lordosis missing
        requires improved = unknown
          improved missing
          missing: improved
        contraindicated if signs is not empty = false
          signs = [] (r.yaml:4:8)
        caution if pain >= 7 = true
          pain = 8 (r.yaml:2:7)
      breaks: blocked
        requires pain is known = true
          pain = 8 (r.yaml:2:7)
        only if sitting = unknown
          hours missing
          missing: hours

# plinth plan: --explain: only blocked
== p.plinth < fixtures/intake-explain.plinth
== r.yaml
client: A-1
pain: 8
hours: 9
tilt: anterior
signs: []
$ plinth plan --explain --only blocked -p p.plinth r.yaml
== stdout
A-1 (record 1, r.yaml:1)
  blocked:
    release: Release
      unassessed: improved missing (requires improved)
  explain:
    checks:
      sitting = true
        question: Does the client sit for long periods?
        condition: hours >= 6
        hours = 9 (r.yaml:3:8)
      pattern = true
        condition: tilt == anterior or posture.lordosis == hyper
        tilt = anterior (r.yaml:4:7)
        posture.lordosis missing
    steps:
      release: blocked
        requires pain is known = true
          pain = 8 (r.yaml:2:7)
        only if pattern = true
          tilt = anterior (r.yaml:4:7)
          posture.lordosis missing
        requires improved = unknown
          improved missing
          missing: improved
        contraindicated if signs is not empty = false
          signs = [] (r.yaml:5:8)
        caution if pain >= 7 = true
          pain = 8 (r.yaml:2:7)

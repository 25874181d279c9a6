# plinth explain: done and skipped
== p.plinth < fixtures/done-and-skipped.plinth
== r.yaml < fixtures/done-and-skipped.yaml
$ plinth explain -p p.plinth r.yaml
== stdout
record 1 (r.yaml:1)
  plan:
    1. c: C
  done: a
  skipped: b
  explain:
    steps:
      a: done
        caution if pain >= 7 = false
          pain = 3 (r.yaml:2:7)
        only if ok = true
          ok = true (r.yaml:1:5)
        requires pain < 5 = true
          pain = 3 (r.yaml:2:7)
      b: skipped
        caution if pain >= 7 = false
          pain = 3 (r.yaml:2:7)
        only if not ok = false
          ok = true (r.yaml:1:5)
        contraindicated if signs is not empty = unknown
          signs missing
          missing: signs
      c: planned
        caution if pain >= 7 = false
          pain = 3 (r.yaml:2:7)

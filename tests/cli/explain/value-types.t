# plinth explain: value types
== p.plinth < fixtures/value-types.plinth
== r.yaml < fixtures/value-types.yaml
$ plinth explain -p p.plinth r.yaml
== stdout
007 (record 1, r.yaml:1)
  plan:
    1. b: B
  skipped: a
  explain:
    steps:
      a: skipped
        only if name != "x" and pain >= 0 and hours > 0 and ok and tilt == anterior = false
          name = two\twords\nand a line (r.yaml:2:7)
          pain = -3 (r.yaml:3:7)
          hours = 7.5 (r.yaml:4:8)
          ok = true (r.yaml:5:5)
          tilt = anterior (r.yaml:6:7)
      b: planned
        requires tingling in signs and history.`count` >= 0 and `date-of-birth` is known = true
          signs = [tingling, weakness] (r.yaml:7:8)
          history.count = 12 (r.yaml:9:10)
          date-of-birth = 1990-01-02 (r.yaml:10:16)

8 (record 2, r.yaml:11)
  plan: nothing to do
  blocked:
    b: B
      unmet: all assessed
  skipped: a
  explain:
    steps:
      a: skipped
        only if name != "x" and pain >= 0 and hours > 0 and ok and tilt == anterior = false
          name = it's (r.yaml:13:7)
          pain = 0 (r.yaml:14:7)
          hours = 1234567.125 (r.yaml:15:8)
          ok missing
          tilt = neutral (r.yaml:17:7)
      b: blocked
        requires tingling in signs and history.`count` >= 0 and `date-of-birth` is known = false
          signs = [numbness] (r.yaml:19:3)
          history.count = -4 (r.yaml:20:18)
          date-of-birth missing

E-1 (record 3, r.yaml:22)
  plan: nothing to do
  blocked:
    a: A
      unassessed: pain, hours, ok, tilt missing (only if name != "x" and pain >= 0 and hours > 0 and ok and tilt == anterior)
    b: B
      unmet: all assessed
  explain:
    steps:
      a: blocked
        only if name != "x" and pain >= 0 and hours > 0 and ok and tilt == anterior = unknown
          name = "" (r.yaml:24:7)
          pain missing
          hours missing
          ok missing
          tilt missing
          missing: pain, hours, ok, tilt
      b: blocked
        requires tingling in signs and history.`count` >= 0 and `date-of-birth` is known = false
          signs missing
          history.count missing
          date-of-birth missing

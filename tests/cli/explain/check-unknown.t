# plinth explain: check unknown
== p.plinth
protocol checks "Checks" {
  record {
    a: int
    b: bool
    c: one of {x, y}
    d: text
    e: number
  }

  check base "Is a above 3?" = a > 3
  check combo "Base, and b?" = base and b
  check guarded = d is missing or c == x
  check ratio "Is a more than e?" = a / e > 1

  stage s "S" {
    step k "K" { only if combo or guarded }
    step m "M" { requires ratio "a ratio above one" }
  }
}
== r.yaml
a: 5
e: 0
$ plinth explain -p p.plinth r.yaml
== stdout
record 1 (r.yaml:1)
  plan:
    1. k: K
  blocked:
    m: M
      unassessed: cannot be evaluated (requires ratio)
  explain:
    checks:
      base = true
        question: Is a above 3?
        condition: a > 3
        a = 5 (r.yaml:1:4)
      combo = unknown
        question: Base, and b?
        condition: base and b
        a = 5 (r.yaml:1:4)
        b missing
        missing: b
      guarded = true
        condition: d is missing or c == x
        c missing
        d missing
      ratio = unknown
        question: Is a more than e?
        condition: a / e > 1
        a = 5 (r.yaml:1:4)
        e = 0 (r.yaml:2:4)
        cannot be evaluated: no field is missing (a division by zero, or a number too large)
    steps:
      k: planned
        only if combo or guarded = true
          a = 5 (r.yaml:1:4)
          b missing
          c missing
          d missing
      m: blocked
        requires ratio = unknown
          a = 5 (r.yaml:1:4)
          e = 0 (r.yaml:2:4)
          cannot be evaluated: no field is missing (a division by zero, or a number too large)

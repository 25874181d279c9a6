# escaping what is printed: test diff
== p.plinth
# A step named with an ESC in backticks: the diff shows it escaped.
protocol esc "Esc" {
  record {
    pain: int in 0..10
    side: one of {left, right}
  }
  stage s "S" {
    step `a\x1b[2Jb` "A" { only if pain > 2 } (esc)
    step c "C" { caution if side == left "left side" }
  }
}
== esc.test.yaml
# Names, expected steps and record values with controls: every line of
# the report is one line, with no control in it.
protocol: p.plinth
cases:
  - name: "plan \e[32mok\e[0m\nFAIL forged (esc.test.yaml:99)"
    record: {pain: 5}
    plan: [c, "a\e[2Jb"]
  - name: "an invalid record \x9b"
    record: {pain: 5, side: "up\n  - c\x07"}
    plan: [c]
$ plinth test esc.test.yaml
== stdout
FAIL plan \x1b[32mok\x1b[0m\nFAIL forged (esc.test.yaml:99) (esc.test.yaml:5)
  --- expected
  +++ actual
  @@ -1,3 +1,3 @@
   plan:
  -  - c
     - a\x1b[2Jb
  +  - c
FAIL an invalid record \u{9b} (esc.test.yaml:8)
  esc.test.yaml:9:29: the record is invalid: side: 'up\n  - c\x07' is not one of left, right
0 passed, 2 failed
== status 1

# escaping what is printed: explain
# the file's name has an ESC in it too
== p.plinth
# Raw controls in the protocol: ESC and CSI (C1, as UTF-8) in strings,
# ESC in a backtick name; and in the record, controls in every value.
protocol esc "Esc" {
  record {
    client: text id
    remark: text
    `we\x1bird`: int (esc)
  }
  check noted "Is the remark \xc2\x9b given?\x1b[2J" = remark == "x\\ny" (esc)
  stage s "S" {
    step a "Title \x1b]0;pwned\x07 end" { only if noted or `we\x1bird` > 1 } (esc)
  }
}
== r.yaml
client: "id\e[1m\x9b"
remark: "a\x1b[31m\x85b\x7f\nc\\d\té"
"we\eird": 3
$ f=$(printf 'r\033.yaml') && cp r.yaml "$f" && plinth explain -p p.plinth "$f"
== stdout
id\x1b[1m\u{9b} (record 1, r\x1b.yaml:1)
  plan:
    1. a: Title \x1b]0;pwned\x07 end
  explain:
    checks:
      noted = false
        question: Is the remark \u{9b} given?\x1b[2J
        condition: remark == "x\ny"
        remark = a\x1b[31m\u{85}b\x7f\nc\\d\té (r\x1b.yaml:2:9)
    steps:
      a: planned
        only if noted or `we\x1bird` > 1 = true
          remark = a\x1b[31m\u{85}b\x7f\nc\\d\té (r\x1b.yaml:2:9)
          we\x1bird = 3 (r\x1b.yaml:3:12)

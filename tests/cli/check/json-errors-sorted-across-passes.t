# plinth check: JSON errors sorted across passes
== p.plinth
# Errors found by different passes (names, types, order) come out sorted
# by position, one object per line.
protocol demo "Demo" {
  record {
    pain: int in 0..10
    tilt: one of {neutral, anterior}
  }
  check sore = pain >= "7"
  stage treat "Treat" {
    step release "Release" {
      only if tilt == posterior
      after stretch
    }
    step stretch "Stretch" { after release }
    step release "Release again"
    step bridges "Bridges" { only if pian >= 3 }
  }
}
$ plinth check --format json p.plinth > out.jsonl; s=$?
> jq -c "[.line, .column, .end_line, .end_column, .severity, .code]" out.jsonl
> echo "sorted by position: $(jq -s ". == sort_by(.line, .column)" out.jsonl)"
> exit $s
== stdout
[8,16,8,27,"error","type"]
[10,10,10,17,"error","cycle"]
[11,23,11,32,"error","member"]
[15,10,15,17,"error","duplicate-name"]
[16,38,16,42,"error","undefined-name"]
sorted by position: true
== status 1

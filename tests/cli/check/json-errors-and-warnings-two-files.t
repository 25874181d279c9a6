# plinth check: JSON errors and warnings two files
== bad.plinth
# Errors: warnings are not looked for until the protocol compiles.
protocol bad "Bad" {
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  stage treat "Treat" {
    step release "Release" { only if pian > 10 }
    step stretch "Stretch" { only if pain }
  }
}
== warn.plinth
# Warnings only.
protocol warn "Warn" {
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  stage treat "Treat" {
    step release "Release" { only if pain > 10 }
  }
}
$ plinth check --format json warn.plinth bad.plinth > out.jsonl; s=$?
> jq -c "[.file, .line, .column, .severity, .code]" out.jsonl
> echo "objects: $(jq -s length out.jsonl), lines: $(wc -l < out.jsonl)"
> exit $s
== stdout
["warn.plinth",5,5,"warning","unused-field"]
["warn.plinth",8,38,"warning","never-applies"]
["bad.plinth",8,38,"error","undefined-name"]
["bad.plinth",9,38,"error","type"]
objects: 4, lines: 4
== status 1

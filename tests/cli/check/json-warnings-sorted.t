# plinth check: JSON warnings sorted
== p.plinth
# Warnings of every kind, found by two passes in a different order, come
# out sorted by position.
protocol demo "Demo" {
  reference massey2013 "Massey et al. (2013)."
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  check never "Impossible pain?" = pain > 7 and pain < 3
  check spare "Moderate pain?" = pain >= 5
  stage assess "Assess" {
  }
  stage treat "Treat" {
    step release "Release" { only if never }
    step stretch "Stretch" { only if pain >= 3 caution if true "always" }
  }
}
$ plinth check --format json p.plinth > out.jsonl; s=$?
> jq -c "[.line, .column, .end_line, .end_column, .severity, .code]" out.jsonl
> echo "objects: $(jq -s length out.jsonl), lines: $(wc -l < out.jsonl)"
> jq -s -c "map(keys_unsorted) | unique" out.jsonl
> jq -s -c "map(map_values(type)) | unique" out.jsonl
> echo "sorted by position: $(jq -s ". == sort_by(.line, .column)" out.jsonl)"
> exit $s
== stdout
[4,13,4,23,"warning","unused-reference"]
[7,5,7,8,"warning","unused-field"]
[9,36,9,57,"warning","constant-condition"]
[10,9,10,14,"warning","unused-check"]
[11,9,11,15,"warning","empty-stage"]
[14,38,14,43,"warning","never-applies"]
[15,59,15,63,"warning","constant-condition"]
objects: 7, lines: 7
[["file","line","column","end_line","end_column","severity","code","message"]]
[{"file":"string","line":"number","column":"number","end_line":"number","end_column":"number","severity":"string","code":"string","message":"string"}]
sorted by position: true

# plinth check: JSON one object per line
== p.plinth < fixtures/misspelt-field.plinth
$ plinth check --format json p.plinth > out.jsonl; s=$?; jq -c "keys" out.jsonl; exit $s
== stdout
["code","column","end_column","end_line","file","line","message","severity"]
== status 1

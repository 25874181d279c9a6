# plinth check: JSON several errors
== p.plinth < fixtures/several-errors.plinth
$ plinth check --format json p.plinth > out.jsonl; s=$?; jq -s -c "sort_by(.line, .column) | .[] | [.line, .column, .code]" out.jsonl; exit $s
== stdout
[7,16,"type"]
[10,23,"member"]
[13,10,"duplicate-name"]
[13,42,"undefined-name"]
[14,38,"type"]
== status 1

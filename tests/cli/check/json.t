# plinth check: --format json
== p.plinth < fixtures/misspelt-field.plinth
$ plinth check --format json p.plinth > out.jsonl; s=$?; jq -c "[.file,.line,.column,.end_line,.end_column,.severity,.code,.message]" out.jsonl; exit $s
== stdout
["p.plinth",7,16,7,31,"error","undefined-name","no field 'postur.improved'; did you mean 'posture.improved'?"]
== status 1

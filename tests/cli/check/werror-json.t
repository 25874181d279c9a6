# plinth check: --werror:, JSON output
== p.plinth < fixtures/unused-check.plinth
$ plinth check --werror --format json p.plinth > out.jsonl; s=$?; jq -c "[.severity, .code, .message]" out.jsonl; exit $s
== stdout
["warning","unused-check","check 'sore' is never used"]
== status 1

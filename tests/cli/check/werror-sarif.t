# plinth check: --werror: SARIF
== p.plinth < fixtures/unused-check.plinth
$ plinth check --werror --format sarif p.plinth > out.sarif; s=$?; jq -c ".runs[0].results[] | [.ruleId, .level, .message.text]" out.sarif; exit $s
== stdout
["unused-check","warning","check 'sore' is never used"]
== status 1

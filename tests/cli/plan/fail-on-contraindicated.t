# plinth plan: --fail-on contraindicated
== r.yaml < fixtures/worked-example.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f json --fail-on contraindicated r.yaml > out.jsonl; s=$?; jq -c "[.id, [.blocked[].reasons[].kind]]" out.jsonl; exit $s
== stdout
["C-0042",["contraindicated","unmet","dependency"]]
== status 3

# plinth plan: --strict: allows done
== r.yaml < fixtures/worked-example.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f json --strict r.yaml > out.jsonl; s=$?; jq -c "[.id, .error, .done]" out.jsonl; exit $s
== stdout
["C-0042",null,["posture_assessment"]]

# plinth plan: worked example plan order
== r.yaml < fixtures/worked-example.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f json r.yaml > out.jsonl; s=$?; jq -r "[.plan[].step] | join(\", \")" out.jsonl; exit $s
== stdout
release_quadratus_lumborum, pelvic_tilts, glute_bridges, sitting_breaks

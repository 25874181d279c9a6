# plinth plan: --explain: several records, JSON output
== p.plinth < fixtures/intake-explain.plinth
== a.yaml < fixtures/explain-several.yaml
== b.yaml < fixtures/explain-c-3.yaml
$ plinth plan --explain -f json -p p.plinth a.yaml b.yaml > out.jsonl; s=$?; jq -c '[.record, .id, [.explain.checks[] | [.check, .value]], [.explain.steps[] | [.step, .status, [.clauses[].value]]]]' out.jsonl; exit $s
== stdout
[1,"C-1",[["sitting","true"],["pattern","false"]],[["release","skipped",["true","false","true","true","false"]],["breaks","planned",["true","true"]]]]
[2,"C-2",[["sitting","unknown"],["pattern","unknown"]],[["release","blocked",["false","unknown","false","unknown","unknown"]],["breaks","blocked",["false","unknown"]]]]
[3,"C-3",[["sitting","false"],["pattern","true"]],[["release","planned",["true","true","true","false","false"]],["breaks","skipped",["true","false"]]]]

# plinth explain: stdin as -
== p.plinth < fixtures/intake-explain.plinth
== r.yaml < fixtures/explain-one.yaml
$ cat r.yaml | plinth explain -p p.plinth -f json - | jq -c "[.source, .id, (.explain.steps[] | [.step, (.clauses[] | .value)])]"
== stdout
["<stdin>:1","A-1",["release","true","true","unknown","false","true"],["breaks","true","unknown"]]

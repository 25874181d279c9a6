# plinth explain: value types, JSON output
== p.plinth < fixtures/value-types.plinth
== r.yaml < fixtures/value-types.yaml
$ plinth explain -p p.plinth -f json r.yaml > out.jsonl; s=$?; jq -c '[.id, (.explain.steps[].clauses[].fields[] | [.field, .value, .at])]' out.jsonl; exit $s
== stdout
["007",["name","two\twords\nand a line","r.yaml:2:7"],["pain","-3","r.yaml:3:7"],["hours","7.5","r.yaml:4:8"],["ok","true","r.yaml:5:5"],["tilt","anterior","r.yaml:6:7"],["signs","[tingling, weakness]","r.yaml:7:8"],["history.count","12","r.yaml:9:10"],["date-of-birth","1990-01-02","r.yaml:10:16"]]
["8",["name","it's","r.yaml:13:7"],["pain","0","r.yaml:14:7"],["hours","1234567.125","r.yaml:15:8"],["ok",null,null],["tilt","neutral","r.yaml:17:7"],["signs","[numbness]","r.yaml:19:3"],["history.count","-4","r.yaml:20:18"],["date-of-birth",null,null]]
["E-1",["name","","r.yaml:24:7"],["pain",null,null],["hours",null,null],["ok",null,null],["tilt",null,null],["signs",null,null],["history.count",null,null],["date-of-birth",null,null]]

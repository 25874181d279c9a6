# plinth plan: stdin as - between files
== p.plinth < fixtures/intake.plinth
== a.yaml
client: A1
---
client: A2
== b.yaml
client: B1
== c.yaml
# comment first
client: C1
---
client: C2
$ plinth plan -p p.plinth -f json a.yaml - c.yaml < b.yaml > out.jsonl; s=$?; jq -c "[.record, .source, .id]" out.jsonl; exit $s
== stdout
[1,"a.yaml:1","A1"]
[2,"a.yaml:2","A2"]
[3,"<stdin>:1","B1"]
[4,"c.yaml:2","C1"]
[5,"c.yaml:3","C2"]

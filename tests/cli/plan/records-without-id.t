# plinth plan: records without id
== p.plinth
# Without an id field, records are named by their position.
protocol anonymous "No id" {
  record { pain: int in 0..10 }
  stage s "S" { step massage "Massage" { only if pain < 5 } }
}
== r.yaml
pain: 1
---
pain: 7
---
pain: 70
$ plinth plan -p p.plinth r.yaml; plinth plan -p p.plinth -f json r.yaml; plinth plan -p p.plinth -f tsv r.yaml
== stdout
record 1 (r.yaml:1)
  plan:
    1. massage: Massage

record 2 (r.yaml:2)
  plan: nothing to do
  skipped: massage

record 3 (r.yaml:4)
  error: r.yaml:5:7: pain: 70 is outside 0..10
{"record":1,"source":"r.yaml:1","id":null,"plan":[{"step":"massage","stage":"s","title":"Massage","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
{"record":2,"source":"r.yaml:2","id":null,"plan":[],"blocked":[],"done":[],"skipped":["massage"]}
{"record":3,"source":"r.yaml:4","id":null,"error":"pain: 70 is outside 0..10","at":"r.yaml:5:7"}
record	id	seq	step	stage	status	reasons
1		1	massage	s	planned\t (esc)
2			massage	s	skipped\t (esc)
3					error	r.yaml:5:7: pain: 70 is outside 0..10
== status 1

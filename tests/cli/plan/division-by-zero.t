# plinth plan: division by zero
== p.plinth
# Dividing by zero gives unknown.
protocol arithmetic "Arithmetic" {
  record {
    client: text id
    minutes: number
    sessions: int
  }
  stage treat "Treat" {
    step short "Short sessions" { only if minutes / sessions <= 30 }
  }
}
== r.yaml
client: A
minutes: 90
sessions: 0
---
client: B
minutes: 90
sessions: 3
---
client: C
minutes: 90
sessions: 2
$ plinth plan -p p.plinth -f json r.yaml
== stdout
{"record":1,"source":"r.yaml:1","id":"A","plan":[],"blocked":[{"step":"short","stage":"treat","title":"Short sessions","reasons":[{"kind":"unassessed","message":"cannot be evaluated (only if minutes / sessions <= 30)","fields":[],"at":"p.plinth:9:35"}]}],"done":[],"skipped":[]}
{"record":2,"source":"r.yaml:4","id":"B","plan":[{"step":"short","stage":"treat","title":"Short sessions","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
{"record":3,"source":"r.yaml:8","id":"C","plan":[],"blocked":[],"done":[],"skipped":["short"]}

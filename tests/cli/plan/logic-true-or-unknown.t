# plinth plan: logic true or unknown
== p.plinth
# true or unknown is true: the step is planned; false or unknown is unknown.
protocol logic "Logic" {
  record {
    client: text id
    acute: bool
    cleared: bool
  }
  stage treat "Treat" {
    step massage "Massage" { only if acute or cleared }
  }
}
== r.yaml
client: A
acute: true
---
client: B
acute: false
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan:
    1. massage: Massage

B (record 2, r.yaml:3)
  plan: nothing to do
  blocked:
    massage: Massage
      unassessed: cleared missing (only if acute or cleared)

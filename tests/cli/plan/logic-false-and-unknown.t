# plinth plan: logic false and unknown
== p.plinth
# false and unknown is false: the step is skipped, not unassessed.
protocol logic "Logic" {
  record {
    client: text id
    acute: bool
    cleared: bool
  }
  stage treat "Treat" {
    step massage "Massage" { only if acute and cleared }
  }
}
== r.yaml
client: A
acute: false
---
client: B
acute: true
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  skipped: massage

B (record 2, r.yaml:3)
  plan: nothing to do
  blocked:
    massage: Massage
      unassessed: cleared missing (only if acute and cleared)

# plinth plan: logic not unknown
== p.plinth
# not unknown is unknown.
protocol logic "Logic" {
  record {
    client: text id
    acute: bool
  }
  stage treat "Treat" {
    step massage "Massage" { only if not acute }
  }
}
== r.yaml
client: A
---
client: B
acute: false
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    massage: Massage
      unassessed: acute missing (only if not acute)

B (record 2, r.yaml:2)
  plan:
    1. massage: Massage

# plinth plan: order after ties
== p.plinth
# Within a stage the plan respects "after"; ties keep the written order:
# a comes after c, so the plan is b, c, a.
protocol order "Plan order" {
  record { client: text id }
  stage s "S" {
    step a "A" { after c }
    step b "B"
    step c "C"
  }
}
== r.yaml < fixtures/client-a.yaml
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan:
    1. b: B
    2. c: C
    3. a: A

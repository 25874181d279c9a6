# plinth plan: after stage
== p.plinth
# "after STAGE" means after each of its steps: one blocked step of the
# stage blocks the step, and the reason names that step.
protocol stages "After a stage" {
  record {
    client: text id
    walked: bool
    cleared: bool
  }
  stage warmup "Warm up" {
    step walk "Walk" { requires walked "cannot walk yet" }
    step mobilise "Mobilise"
  }
  stage manual "Manual therapy" {
    step massage "Massage" {
      after warmup
      requires cleared "not cleared"
    }
  }
}
== r.yaml
client: A
walked: false
cleared: true
---
client: B
walked: true
cleared: true
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan:
    1. mobilise: Mobilise
  blocked:
    walk: Walk
      unmet: cannot walk yet
    massage: Massage
      dependency: after walk, which is blocked

B (record 2, r.yaml:4)
  plan:
    1. walk: Walk
    2. mobilise: Mobilise
    3. massage: Massage

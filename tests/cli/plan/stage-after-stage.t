# plinth plan: stage after stage
== p.plinth
# "after" on a stage applies to every step of the stage.
protocol stages "Stage after stage" {
  record {
    client: text id
    walked: bool
  }
  stage warmup "Warm up" {
    step walk "Walk" { requires walked "cannot walk yet" }
  }
  stage manual "Manual therapy" {
    after warmup
    step massage "Massage"
    step stretch "Stretch"
  }
}
== r.yaml
client: A
walked: false
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    walk: Walk
      unmet: cannot walk yet
    massage: Massage
      dependency: after walk, which is blocked
    stretch: Stretch
      dependency: after walk, which is blocked

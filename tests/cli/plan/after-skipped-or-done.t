# plinth plan: after skipped or done
== p.plinth
# Skipped and done steps satisfy "after"; only a blocked one blocks.
protocol sequence "After" {
  record {
    client: text id
    tight: bool
  }
  stage s "S" {
    step assess "Assess"
    step release "Release" { only if tight }
    step stretch "Stretch" { after assess, release }
  }
}
== r.yaml
client: A
tight: false
done: [assess]
---
client: B
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan:
    1. stretch: Stretch
  done: assess
  skipped: release

B (record 2, r.yaml:4)
  plan:
    1. assess: Assess
  blocked:
    release: Release
      unassessed: tight missing (only if tight)
    stretch: Stretch
      dependency: after release, which is blocked

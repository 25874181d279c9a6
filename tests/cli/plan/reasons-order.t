# plinth plan: reasons order
== p.plinth < fixtures/reasons-order.plinth
== r.yaml < fixtures/reasons-order.yaml
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    warm_up: Warm up
      unmet: not warm yet
    walk: Walk
      unmet: cannot walk yet
    massage: Massage
      contraindicated: swelling [r1]
      contraindicated: severe pain [r1, r2]
      unassessed: signed missing (requires signed)
      unassessed: fever missing (contraindicated if fever)
      unmet: not cleared
      unmet: pain must be scored
      dependency: after warm_up, which is blocked
      dependency: after walk, which is blocked

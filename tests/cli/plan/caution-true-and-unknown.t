# plinth plan: caution true and unknown
== p.plinth < fixtures/cautions.plinth
== r.yaml < fixtures/cautions.yaml
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan:
    1. massage: Massage
       caution: go gently
       caution: check skin

B (record 2, r.yaml:4)
  plan:
    1. massage: Massage
       caution: go gently
       caution unassessed: age missing (caution if age >= 70)

C (record 3, r.yaml:7)
  plan:
    1. massage: Massage

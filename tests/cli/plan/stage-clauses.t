# plinth plan: stage clauses
== p.plinth
# Clauses on a stage apply to every step in it.
protocol stages "Stage clauses" {
  reference who2020 "WHO (2020)."
  record {
    client: text id
    cleared: bool
    swelling: bool
    acute: bool
  }
  stage manual "Manual therapy" {
    requires cleared "not cleared by the doctor"
    contraindicated if swelling "swelling" cite who2020
    step massage "Massage"
    step stretch "Stretch" { only if not acute }
  }
}
== r.yaml
client: A
cleared: false
swelling: true
acute: false
---
client: B
cleared: true
swelling: false
acute: true
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    massage: Massage
      contraindicated: swelling [who2020]
      unmet: not cleared by the doctor
    stretch: Stretch
      contraindicated: swelling [who2020]
      unmet: not cleared by the doctor

B (record 2, r.yaml:5)
  plan:
    1. massage: Massage
  skipped: stretch

# plinth plan: check forward reference
== p.plinth
# A check can use a check written after it.
protocol checks "Checks" {
  record {
    client: text id
    pain: int in 0..10
    cleared: bool
  }
  check ready "Ready for manual work?" = safe and pain <= 6
  check safe "Cleared by the doctor?" = cleared
  stage s "S" {
    step massage "Massage" { only if ready }
  }
}
== r.yaml
client: A
pain: 3
cleared: true
---
client: B
pain: 3
cleared: false
---
client: C
pain: 8
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	massage	s	planned\t (esc)
2	B		massage	s	skipped\t (esc)
3	C		massage	s	skipped\t (esc)

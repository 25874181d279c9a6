# plinth plan: is missing is known
== p.plinth
# is missing / is known are never unknown.
protocol logic "Logic" {
  record {
    client: text id
    pain: int in 0..10
  }
  stage assess "Assess" {
    step ask_pain "Ask about pain" { only if pain is missing }
    step not_missing "Pain recorded" { only if pain is not missing }
    step is_known "Pain known" { only if pain is known }
    step not_known "Pain not known" { only if pain is not known }
  }
}
== r.yaml
client: A
---
client: B
pain: 4
---
client: C
pain: ~
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	ask_pain	assess	planned\t (esc)
1	A		not_missing	assess	skipped\t (esc)
1	A		is_known	assess	skipped\t (esc)
1	A	2	not_known	assess	planned\t (esc)
2	B		ask_pain	assess	skipped\t (esc)
2	B	1	not_missing	assess	planned\t (esc)
2	B	2	is_known	assess	planned\t (esc)
2	B		not_known	assess	skipped\t (esc)
3	C	1	ask_pain	assess	planned\t (esc)
3	C		not_missing	assess	skipped\t (esc)
3	C		is_known	assess	skipped\t (esc)
3	C	2	not_known	assess	planned\t (esc)

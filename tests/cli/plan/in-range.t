# plinth plan: in range
== p.plinth
# A..B includes both ends.
protocol ranges "Ranges" {
  record {
    client: text id
    pain: int
    hours: number
  }
  stage treat "Treat" {
    step mild "Mild pain" { only if pain in 0..3 }
    step not_mild "Not mild" { only if pain not in 0..3 }
    step long_day "Long day" { only if hours in 8..12.5 }
  }
}
== r.yaml
client: A
pain: 0
hours: 8
---
client: B
pain: 3
hours: 12.5
---
client: C
pain: 4
hours: 12.6
---
client: D
pain: -1
hours: 7.9
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	mild	treat	planned\t (esc)
1	A		not_mild	treat	skipped\t (esc)
1	A	2	long_day	treat	planned\t (esc)
2	B	1	mild	treat	planned\t (esc)
2	B		not_mild	treat	skipped\t (esc)
2	B	2	long_day	treat	planned\t (esc)
3	C		mild	treat	skipped\t (esc)
3	C	1	not_mild	treat	planned\t (esc)
3	C		long_day	treat	skipped\t (esc)
4	D		mild	treat	skipped\t (esc)
4	D	1	not_mild	treat	planned\t (esc)
4	D		long_day	treat	skipped\t (esc)

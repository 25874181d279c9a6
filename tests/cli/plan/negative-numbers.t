# plinth plan: negative numbers
== p.plinth
protocol negatives "Negative numbers" {
  record {
    client: text id
    change: number in -5..5
  }
  stage s "S" {
    step worse "Worse" { only if change in -5..-1 }
    step better "Better" { only if change > 0.5 }
  }
}
== r.yaml
client: A
change: -2.5
---
client: B
change: 0.75
---
client: C
change: -6
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	worse	s	planned\t (esc)
1	A		better	s	skipped\t (esc)
2	B		worse	s	skipped\t (esc)
2	B	1	better	s	planned\t (esc)
3	C				error	r.yaml:8:9: change: -6 is outside -5..5
== status 1

# plinth plan: count set
== p.plinth
# count() of a set counts its distinct members; of a missing set it is unknown.
protocol counting "Counting" {
  record {
    client: text id
    signs: set of {numbness, tingling, weakness}
  }
  stage treat "Treat" {
    step refer "Refer to a doctor" { only if count(signs) >= 2 }
  }
}
== r.yaml
client: A
signs: [numbness, weakness]
---
client: B
signs: [tingling, tingling]
---
client: C
signs: []
---
client: D
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	refer	treat	planned\t (esc)
2	B		refer	treat	skipped\t (esc)
3	C		refer	treat	skipped\t (esc)
4	D		refer	treat	blocked	unassessed: signs missing (only if count(signs) >= 2)

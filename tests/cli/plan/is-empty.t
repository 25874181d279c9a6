# plinth plan: is empty
== p.plinth
protocol emptiness "Emptiness" {
  record {
    client: text id
    signs: set of {numbness, tingling}
  }
  stage treat "Treat" {
    step release "Release" { only if signs is empty }
    step refer "Refer" { only if signs is not empty }
  }
}
== r.yaml
client: A
signs: []
---
client: B
signs: [tingling]
---
client: C
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	release	treat	planned\t (esc)
1	A		refer	treat	skipped\t (esc)
2	B		release	treat	skipped\t (esc)
2	B	1	refer	treat	planned\t (esc)
3	C		release	treat	blocked	unassessed: signs missing (only if signs is empty)
3	C		refer	treat	blocked	unassessed: signs missing (only if signs is not empty)

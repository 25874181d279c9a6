# plinth plan: not in
== p.plinth
protocol membership "Membership" {
  record {
    client: text id
    tilt: one of {neutral, anterior, posterior}
    signs: set of {numbness, tingling}
  }
  stage treat "Treat" {
    step tilts "Pelvic tilts" { only if tilt not in {neutral} }
    step release "Release" { only if numbness not in signs }
  }
}
== r.yaml
client: A
tilt: anterior
signs: [tingling]
---
client: B
tilt: neutral
signs: [numbness]
---
client: C
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	tilts	treat	planned\t (esc)
1	A	2	release	treat	planned\t (esc)
2	B		tilts	treat	skipped\t (esc)
2	B		release	treat	skipped\t (esc)
3	C		tilts	treat	blocked	unassessed: tilt missing (only if tilt not in {neutral})
3	C		release	treat	blocked	unassessed: signs missing (only if numbness not in signs)

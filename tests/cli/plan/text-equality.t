# plinth plan: text equality
== p.plinth
# Text compares exactly, case included.
protocol texts "Texts" {
  record {
    client: text id
    referrer: text
  }
  stage treat "Treat" {
    step report "Report to the GP" { only if referrer == "GP" }
    step other "Someone else" { only if referrer != "GP" }
  }
}
== r.yaml
client: A
referrer: GP
---
client: B
referrer: gp
---
client: C
referrer: "GP"
---
client: D
referrer: 42
---
client: E
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	report	treat	planned\t (esc)
1	A		other	treat	skipped\t (esc)
2	B		report	treat	skipped\t (esc)
2	B	1	other	treat	planned\t (esc)
3	C	1	report	treat	planned\t (esc)
3	C		other	treat	skipped\t (esc)
4	D		report	treat	skipped\t (esc)
4	D	1	other	treat	planned\t (esc)
5	E		report	treat	blocked	unassessed: referrer missing (only if referrer == "GP")
5	E		other	treat	blocked	unassessed: referrer missing (only if referrer != "GP")

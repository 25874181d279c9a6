# plinth plan: backtick field names
== p.plinth
# Backticked path segments match YAML keys with dashes or keyword names.
protocol names "Names" {
  record {
    client: text id
    `date-of-birth`: text
    history.`count`: int
    `step`: int
  }
  stage s "S" {
    step ask_dob "Ask the date of birth" { only if `date-of-birth` is missing }
    step review "Review history" { only if history.`count` >= 3 and `step` == 2 }
  }
}
== r.yaml
client: A
date-of-birth: 1980-04-01
history:
  count: 4
step: 2
---
client: B
history: {count: 1}
step: 2
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A		ask_dob	s	skipped\t (esc)
1	A	1	review	s	planned\t (esc)
2	B	1	ask_dob	s	planned\t (esc)
2	B		review	s	skipped\t (esc)

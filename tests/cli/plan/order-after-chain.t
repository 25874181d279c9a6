# plinth plan: order after chain
== p.plinth
# The earliest-written step whose after-steps are placed goes next:
# e, d, b, c, a.
protocol order "Plan order" {
  record { client: text id }
  stage s "S" {
    step d "D" { after e }
    step a "A" { after c }
    step e "E"
    step b "B"
    step c "C" { after b }
  }
  stage t "T" {
    step f "F"
  }
}
== r.yaml < fixtures/client-a.yaml
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	e	s	planned\t (esc)
1	A	2	d	s	planned\t (esc)
1	A	3	b	s	planned\t (esc)
1	A	4	c	s	planned\t (esc)
1	A	5	a	s	planned\t (esc)
1	A	6	f	t	planned\t (esc)

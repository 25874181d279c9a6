# plinth plan: arithmetic precedence
== p.plinth
# * and / bind tighter than + and -; comparison looser than both.
protocol arithmetic "Arithmetic" {
  record {
    client: text id
    a: int
    b: int
    c: int
  }
  stage s "S" {
    step mul_first "a + b * c == 7" { only if a + b * c == 7 }
    step left_assoc "a - b - c == -4" { only if a - b - c == -4 }
    step parens "(a + b) * c == 9" { only if (a + b) * c == 9 }
  }
}
== r.yaml
client: A
a: 1
b: 2
c: 3
$ plinth plan -p p.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A	1	mul_first	s	planned\t (esc)
1	A	2	left_assoc	s	planned\t (esc)
1	A	3	parens	s	planned\t (esc)

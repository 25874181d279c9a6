# evaluation: in list 100k numbers
# A literal list of 100,000 numbers is one lookup, as '==' compares:
# by value, so 1 and 1.0, 0 and -0 are the same number.
$ awk 'BEGIN {
> 	printf "protocol doses \"Doses\" {\n  record {\n    client: text id\n    dose: number\n  }\n"
> 	printf "  check listed = dose in {-0, 1, 1.0, 1.00"
> 	for (i = 0; i < 100000; i++)
> 		printf ", %.2f", ((i * 7919) % 100000 - 50000) / 4
> 	printf "}\n  stage s \"S\" {\n    step flagged \"Flagged\" { only if listed }\n"
> 	printf "    step clear \"Clear\" { only if not listed }\n  }\n}\n"
> }' >big.plinth
> cat >edges.yaml <<'YAML'
> {client: lowest, dose: -12500}
> --- {client: highest, dose: 12499.75}
> --- {client: zero, dose: 0}
> --- {client: minus-zero, dose: -0}
> --- {client: zero-point, dose: 0.0}
> --- {client: quarter, dose: 3.25}
> --- {client: not-a-quarter, dose: 3.3}
> --- {client: below, dose: -12500.25}
> --- {client: above, dose: 12500}
> --- {client: missing}
> YAML
> plinth plan -f tsv -p big.plinth edges.yaml
> # Many records, on one thread and on two: the same plans, each the one
> # that awk, looking the dose up on its own, expects.
> awk 'BEGIN { for (i = 0; i < 3000; i++) printf "---\nclient: R%d\ndose: %.2f\n", i, ((i * 389) % 130000 - 65000) / 4 }' >many.yaml
> awk 'BEGIN { for (i = 0; i < 3000; i++) { m = (i * 389) % 130000 - 15000; print "R" i, (m >= 0 && m < 100000 ? "flagged" : "clear") } }' >expected
> plinth plan -f tsv -p big.plinth many.yaml >one.tsv
> plinth plan -j 2 -f tsv -p big.plinth many.yaml >two.tsv
> cmp one.tsv two.tsv && echo "-j 2: the same"
> awk -F '\t' '$6 == "planned" { print $2, $4 }' one.tsv | cmp - expected && echo "as awk expects: $(grep -c flagged expected) flagged of 3000"
== stdout
record	id	seq	step	stage	status	reasons
1	lowest	1	flagged	s	planned\t (esc)
1	lowest		clear	s	skipped\t (esc)
2	highest	1	flagged	s	planned\t (esc)
2	highest		clear	s	skipped\t (esc)
3	zero	1	flagged	s	planned\t (esc)
3	zero		clear	s	skipped\t (esc)
4	minus-zero	1	flagged	s	planned\t (esc)
4	minus-zero		clear	s	skipped\t (esc)
5	zero-point	1	flagged	s	planned\t (esc)
5	zero-point		clear	s	skipped\t (esc)
6	quarter	1	flagged	s	planned\t (esc)
6	quarter		clear	s	skipped\t (esc)
7	not-a-quarter		flagged	s	skipped\t (esc)
7	not-a-quarter	1	clear	s	planned\t (esc)
8	below		flagged	s	skipped\t (esc)
8	below	1	clear	s	planned\t (esc)
9	above		flagged	s	skipped\t (esc)
9	above	1	clear	s	planned\t (esc)
10	missing		flagged	s	blocked	unassessed: dose missing (only if listed)
10	missing		clear	s	blocked	unassessed: dose missing (only if not listed)
-j 2: the same
as awk expects: 2314 flagged of 3000

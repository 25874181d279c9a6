# evaluation: in list 100k text
# A literal list of 100,000 texts is one lookup: it used to be a chain
# of 100,000 'or' that evaluation recursed through, a crash, and sooner
# on -j 2's threads.  The protocol is generated here, not kept.
$ awk 'BEGIN {
> 	printf "protocol codes \"Codes\" {\n  record {\n    client: text id\n    code: text\n  }\n"
> 	printf "  check listed = code in {"
> 	for (i = 0; i < 100000; i++)
> 		printf "%s\"C%05d\"", i ? ", " : "", (i * 7919) % 100000
> 	printf "}\n  stage s \"S\" {\n    step flagged \"Flagged\" { only if listed }\n"
> 	printf "    step clear \"Clear\" { only if not listed }\n  }\n}\n"
> }' >big.plinth
> cat >edges.yaml <<'YAML'
> {client: first, code: C00000}
> --- {client: last, code: C99999}
> --- {client: middle, code: C50000}
> --- {client: longer, code: C100000}
> --- {client: prefix, code: C0000}
> --- {client: lower-case, code: c00001}
> --- {client: space, code: " C00001"}
> --- {client: empty, code: ""}
> --- {client: unicode, code: "C0000\u00e9"}
> --- {client: missing}
> YAML
> plinth plan -f tsv -p big.plinth edges.yaml
> # Many records, on one thread and on two: the same plans, each the one
> # that awk, looking the code up on its own, expects.
> awk 'BEGIN { for (i = 0; i < 3000; i++) printf "---\nclient: R%d\ncode: C%05d\n", i, (i * 389) % 130000 }' >many.yaml
> awk 'BEGIN { for (i = 0; i < 3000; i++) print "R" i, (i * 389) % 130000 < 100000 ? "flagged" : "clear" }' >expected
> plinth plan -f tsv -p big.plinth many.yaml >one.tsv
> plinth plan -j 2 -f tsv -p big.plinth many.yaml >two.tsv
> cmp one.tsv two.tsv && echo "-j 2: the same"
> awk -F '\t' '$6 == "planned" { print $2, $4 }' one.tsv | cmp - expected && echo "as awk expects: $(grep -c flagged expected) flagged of 3000"
== stdout
record	id	seq	step	stage	status	reasons
1	first	1	flagged	s	planned\t (esc)
1	first		clear	s	skipped\t (esc)
2	last	1	flagged	s	planned\t (esc)
2	last		clear	s	skipped\t (esc)
3	middle	1	flagged	s	planned\t (esc)
3	middle		clear	s	skipped\t (esc)
4	longer		flagged	s	skipped\t (esc)
4	longer	1	clear	s	planned\t (esc)
5	prefix		flagged	s	skipped\t (esc)
5	prefix	1	clear	s	planned\t (esc)
6	lower-case		flagged	s	skipped\t (esc)
6	lower-case	1	clear	s	planned\t (esc)
7	space		flagged	s	skipped\t (esc)
7	space	1	clear	s	planned\t (esc)
8	empty		flagged	s	skipped\t (esc)
8	empty	1	clear	s	planned\t (esc)
9	unicode		flagged	s	skipped\t (esc)
9	unicode	1	clear	s	planned\t (esc)
10	missing		flagged	s	blocked	unassessed: code missing (only if listed)
10	missing		clear	s	blocked	unassessed: code missing (only if not listed)
-j 2: the same
as awk expects: 2315 flagged of 3000

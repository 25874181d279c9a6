# compiling large protocols: checks named twice
# check c1 = c2 or c2, 40 deep: each check is looked into once, not 2^40
# times, by the lint, the fields a clause reads, and the rest
$ gen() { awk -v last="$1" 'BEGIN { printf "protocol p \"P\" {\n  record {\n    pain: int\n  }\n"
>              for (i = 1; i < 40; i++) printf "  check c%d = c%d or c%d\n", i, i + 1, i + 1
>              printf "  check c40 = %s\n  stage s \"S\" {\n    step a \"A\" { only if c1 }\n  }\n}\n", last }'; }
> gen 'pain > 5' > p.plinth
> timeout 60 plinth check p.plinth || exit
> echo 'pain: 7' | timeout 60 plinth plan -p p.plinth -f tsv
> echo 'pain: 3' | timeout 60 plinth plan -p p.plinth -f tsv
> echo '{}' | timeout 60 plinth plan -p p.plinth
> timeout 60 plinth graph p.plinth | grep -o '= c[0-9]* or c[0-9]*' | awk 'END { print NR " checks drawn" }'
> # the lint still sees through all 40: always false at the bottom, so at every level
> gen 'pain > 5 and pain < 3' > q.plinth
> timeout 60 plinth check q.plinth 2>&1 | grep -c "is always false"
> timeout 60 plinth check q.plinth 2>&1 | grep -E "check 'c(1|40)' |never"
== stdout
record	id	seq	step	stage	status	reasons
1		1	a	s	planned\t (esc)
record	id	seq	step	stage	status	reasons
1			a	s	skipped\t (esc)
record 1 (<stdin>:1)
  plan: nothing to do
  blocked:
    a: A
      unassessed: pain missing (only if c1)
39 checks drawn
41
q.plinth:5:14: warning: check 'c1' is always false
q.plinth:44:15: warning: check 'c40' is always false
q.plinth:46:26: warning: 'only if c1' is always false: step 'a' can never apply

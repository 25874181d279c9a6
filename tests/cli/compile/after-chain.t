# compiling large protocols: after chain
# 20,000 steps each after the next one written: placed in one pass,
# not by scanning every step for each place in the plan
$ awk 'BEGIN { printf "protocol p \"P\" {\n  record {\n    pain: int\n  }\n  stage s \"S\" {\n"
>              for (i = 1; i < 20000; i++) printf "    step s%d \"Step %d\" { after s%d }\n", i, i, i + 1
>              printf "    step s20000 \"Step 20000\" { only if pain > 3 }\n  }\n}\n" }' > p.plinth
> timeout 60 plinth check p.plinth || exit
> echo 'pain: 5' | timeout 60 plinth plan -p p.plinth -f tsv | awk -F '\t' 'NR == 2 || NR == 3 || NR == 20001'
> echo 'pain: 1' | timeout 60 plinth plan -p p.plinth -f tsv | awk -F '\t' 'NR > 1 { print $6 }' | sort | uniq -c
> echo "graph: $(timeout 60 plinth graph p.plinth | grep -c 'class="after"') after edges"
== stdout
1		1	s20000	s	planned\t (esc)
1		2	s19999	s	planned\t (esc)
1		20000	s1	s	planned\t (esc)
  19999 planned
      1 skipped
graph: 19999 after edges

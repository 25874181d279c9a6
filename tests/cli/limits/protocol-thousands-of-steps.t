# limits on records and protocols: protocol thousands of steps
# 3000 steps, each after the one before, compile, plan and draw
$ awk 'BEGIN { printf "protocol p \"P\" {\n  record {\n    pain: int\n  }\n  stage s \"S\" {\n    step s0 \"Step 0\"\n"
>              for (i = 1; i < 3000; i++) printf "    step s%d \"Step %d\" { only if pain > %d after s%d }\n", i, i, i % 7, i - 1
>              printf "  }\n}\n" }' > p.plinth
> plinth check p.plinth || exit
> echo 'pain: 3' | plinth plan -p p.plinth -f tsv | awk -F '\t' 'NR > 1 { print $6 }' | sort | uniq -c
> echo "graph: $(plinth graph p.plinth | grep -c ' -> ') edges"
== stdout
   1287 planned
   1713 skipped
graph: 5999 edges

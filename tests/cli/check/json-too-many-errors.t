# plinth check: JSON too many errors
$ {
>   printf "protocol demo \"Demo\" {\n  record {\n    pain: int in 0..10\n  }\n  stage treat \"Treat\" {\n"
>   i=1; while [ $i -le 105 ]; do printf "    step s%d \"Step %d\" { only if sore%d }\n" $i $i $i; i=$((i + 1)); done
>   printf "  }\n}\n"
> } > p.plinth
> plinth check --format json p.plinth > out.jsonl; s=$?
> echo "objects: $(jq -s length out.jsonl)"
> jq -s -c "group_by(.code) | map([.[0].code, length])" out.jsonl
> tail -n 1 out.jsonl
> exit $s
== stdout
objects: 101
[["too-many-errors",1],["undefined-name",100]]
{"file":"p.plinth","line":106,"column":36,"end_line":106,"end_column":43,"severity":"error","code":"too-many-errors","message":"too many errors; the first 100 are shown"}
== status 1

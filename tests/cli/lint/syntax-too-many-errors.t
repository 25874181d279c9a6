# plinth check, lint: syntax too many errors
$ {
>   printf "protocol demo \"Demo\" {\n  record {\n    pain: int in 0..10\n  }\n  stage treat \"Treat\" {\n"
>   i=1; while [ $i -le 25 ]; do printf "    step s%d \"Step %d\" { only if pain >= }\n" $i $i; i=$((i + 1)); done
>   printf "  }\n}\n"
> } > p.plinth
> plinth check p.plinth 2> err; s=$?
> echo "errors printed: $(grep -c ": error: " err)"
> head -n 3 err
> echo ...
> tail -n 7 err
> exit $s
== stdout
errors printed: 21
p.plinth:6:40: error: expected a condition, but found '}'
    step s1 "Step 1" { only if pain >= }
                                       ^
...
p.plinth:25:42: error: expected a condition, but found '}'
    step s20 "Step 20" { only if pain >= }
                                         ^
p.plinth:26:42: error: too many syntax errors; stopping here
    step s21 "Step 21" { only if pain >= }
                                         ^
p.plinth: 20 errors
== status 1

# plinth check, lint: too many errors
$ {
>   printf "protocol demo \"Demo\" {\n  record {\n    pain: int in 0..10\n  }\n  stage treat \"Treat\" {\n"
>   i=1; while [ $i -le 105 ]; do printf "    step s%d \"Step %d\" { only if sore%d }\n" $i $i $i; i=$((i + 1)); done
>   printf "  }\n}\n"
> } > p.plinth
> plinth check p.plinth 2> err; s=$?
> echo "errors printed: $(grep -c ": error: " err)"
> head -n 3 err
> echo ...
> tail -n 7 err
> exit $s
== stdout
errors printed: 101
p.plinth:6:32: error: no check or field 'sore1'
    step s1 "Step 1" { only if sore1 }
                               ^~~~~
...
p.plinth:105:36: error: no check or field 'sore100'
    step s100 "Step 100" { only if sore100 }
                                   ^~~~~~~
p.plinth:106:36: error: too many errors; the first 100 are shown
    step s101 "Step 101" { only if sore101 }
                                   ^~~~~~~
p.plinth: 105 errors
== status 1

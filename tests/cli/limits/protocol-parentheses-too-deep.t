# limits on records and protocols: protocol parentheses too deep
# parentheses nested 20000 deep run the parser out of stack: an error,
# not a crash (json: the source line is 40 kB)
$ awk 'BEGIN { printf "protocol p \"P\" {\n  record {\n    ok: bool\n  }\n  check c = "
>              for (i = 0; i < 20000; i++) printf "("
>              printf "ok"
>              for (i = 0; i < 20000; i++) printf ")"
>              printf "\n}\n" }' > p.plinth
> plinth check -f json p.plinth
== stdout
{"file":"p.plinth","line":5,"column":9998,"end_line":5,"end_column":9999,"severity":"error","code":"syntax","message":"memory exhausted: the protocol nests too deeply"}
== status 1

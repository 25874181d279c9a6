# limits on records and protocols: protocol expression too deep
# conditions more than 256 operators deep, as a chain of thousands of
# 'and' or 'not', are errors (json: the source line is 30 kB)
$ awk 'BEGIN { printf "protocol p \"P\" {\n  record {\n    ok: bool\n  }\n  check c = ok"
>              for (i = 0; i < 3000; i++) printf " and ok"
>              printf "\n  stage s \"S\" {\n    step a \"A\" { only if "
>              for (i = 0; i < 3000; i++) printf "not "
>              printf "ok }\n    step b \"B\" { requires ok"
>              for (i = 0; i < 255; i++) printf " or ok"
>              printf " }\n  }\n}\n" }' > p.plinth
> plinth check -f json p.plinth
== stdout
{"file":"p.plinth","line":5,"column":13,"end_line":5,"end_column":21015,"severity":"error","code":"syntax","message":"condition nests more than 256 operators deep; split it into checks"}
{"file":"p.plinth","line":7,"column":26,"end_line":7,"end_column":12028,"severity":"error","code":"syntax","message":"condition nests more than 256 operators deep; split it into checks"}
== status 1

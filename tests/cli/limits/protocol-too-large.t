# limits on records and protocols: protocol too large
# a protocol file over 1 MiB is refused before it is parsed
$ awk 'BEGIN { print "# a protocol padded with comments"; for (i = 0; i < 11000; i++) printf "# %098d\n", i
>              print "protocol p \"P\" {\n}" }' > p.plinth
> plinth check p.plinth; s=$?
> plinth fmt p.plinth > /dev/null
> exit $s
== stderr
p.plinth:1:1: error: protocol larger than 1 MiB
# a protocol padded with comments
^
p.plinth: 1 error
p.plinth:1:1: error: protocol larger than 1 MiB
# a protocol padded with comments
^
p.plinth: 1 error
== status 1

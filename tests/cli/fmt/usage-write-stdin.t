# plinth fmt: usage error: write stdin
$ plinth fmt -w - < /dev/null
== stderr
plinth fmt: -w rewrites files: it cannot rewrite stdin
Try 'plinth fmt --help'.
== status 2

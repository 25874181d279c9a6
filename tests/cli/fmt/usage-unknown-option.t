# plinth fmt: usage error: unknown option
$ plinth fmt --tidy messy.plinth
== stderr
plinth fmt: unknown option '--tidy'
Try 'plinth fmt --help'.
== status 2

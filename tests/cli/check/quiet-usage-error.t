# plinth check: --quiet: usage error
$ plinth check -q
== stderr
plinth check: no protocol file given
Try 'plinth check --help'.
== status 2

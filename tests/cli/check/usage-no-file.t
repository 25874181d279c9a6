# plinth check: usage error: no file
$ plinth check
== stderr
plinth check: no protocol file given
Try 'plinth check --help'.
== status 2

# plinth fmt: usage error: write no file
$ plinth fmt -w
== stderr
plinth fmt: -w rewrites files: give at least one FILE
Try 'plinth fmt --help'.
== status 2

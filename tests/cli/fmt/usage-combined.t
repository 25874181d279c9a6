# plinth fmt: usage error: combined
== messy.plinth < fixtures/messy.plinth
$ plinth fmt -w --diff messy.plinth
== stderr
plinth fmt: -w, --check and --diff cannot be combined
Try 'plinth fmt --help'.
== status 2

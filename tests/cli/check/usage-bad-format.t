# plinth check: usage error: bad format
== p.plinth < fixtures/no-errors.plinth
$ plinth check --format xml p.plinth
== stderr
plinth check: --format takes text, json or sarif, not 'xml'
Try 'plinth check --help'.
== status 2

# plinth explain: usage error: two files
$ plinth explain -p protocols/iliopsoas.plinth a.yaml b.yaml
== stderr
plinth explain: one record file at a time; for several, use 'plinth plan --explain'
Try 'plinth explain --help'.
== status 2

# plinth plan: --quiet: usage error
$ plinth plan -q --only everything -p protocols/iliopsoas.plinth
== stderr
plinth plan: --only takes planned, blocked, skipped or done, not 'everything'
Try 'plinth plan --help'.
== status 2

# plinth explain: usage error: bad format
$ plinth explain -p protocols/iliopsoas.plinth -f tsv r.yaml
== stderr
plinth explain: --format takes text or json, not 'tsv'
Try 'plinth explain --help'.
== status 2

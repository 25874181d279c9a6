# plinth plan: --explain: usage, TSV output
$ plinth plan --explain -f tsv -p protocols/iliopsoas.plinth examples/clients.yaml
== stderr
plinth plan: --explain needs -f text or json
Try 'plinth plan --help'.
== status 2

# plinth plan: exit invalid beats fail on
$ plinth plan -p protocols/iliopsoas.plinth examples/clients.yaml -f tsv --fail-on contraindicated > /dev/null
== status 1

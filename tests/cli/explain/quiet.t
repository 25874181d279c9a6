# plinth explain: --quiet
== ok.yaml < fixtures/quiet-ok.yaml
$ plinth explain -q -p protocols/iliopsoas.plinth examples/clients.yaml; echo "invalid record among them: $?"; plinth explain -q -p protocols/iliopsoas.plinth ok.yaml
== stdout
invalid record among them: 1

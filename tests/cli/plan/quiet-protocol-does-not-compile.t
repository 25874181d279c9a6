# plinth plan: --quiet: protocol does not compile
== bad.plinth < fixtures/does-not-compile.plinth
$ plinth plan -q -p bad.plinth examples/clients.yaml
== status 2

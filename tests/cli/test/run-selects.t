# plinth test: run selects
== iliopsoas.plinth < fixtures/iliopsoas.plinth
== ilio.test.yaml < fixtures/ilio.test.yaml
$ plinth test -v --run '^nerve' ilio.test.yaml
== stdout
ok   nerve signs block the release (ilio.test.yaml:3)
1 passed, 0 failed

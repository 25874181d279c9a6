# plinth test: --quiet
== iliopsoas.plinth < fixtures/iliopsoas.plinth
== ilio.test.yaml < fixtures/ilio.test.yaml
$ plinth test -q protocols/iliopsoas.test.yaml; echo "passing: $?"; plinth test -q --junit out.xml ilio.test.yaml; echo "failing: $?"; grep -c "<testcase" out.xml; grep -c "<failure" out.xml
== stdout
passing: 0
failing: 1
2
1

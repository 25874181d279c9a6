# plinth test: junit
== iliopsoas.plinth < fixtures/iliopsoas.plinth
== ilio.test.yaml < fixtures/ilio.test.yaml
$ plinth test --junit out.xml ilio.test.yaml > /dev/null; s=$?
> xmllint --noout out.xml && echo "well-formed"
> xmllint --xpath 'concat("tests=", sum(//testsuite/@tests), " failures=", sum(//testsuite/@failures), " errors=", sum(//testsuite/@errors))' out.xml; echo
> xmllint --xpath 'string(//testcase[failure]/@name)' out.xml; echo
> exit $s
== stdout
well-formed
tests=2 failures=1 errors=0

a wrong expectation

== status 1

# plinth test: bad YAML
== iliopsoas.plinth < fixtures/iliopsoas.plinth
== broken.test.yaml
protocol: iliopsoas.plinth
cases: [
$ plinth test broken.test.yaml missing.test.yaml
== stdout
FAIL broken.test.yaml
  broken.test.yaml:3:1: invalid YAML: did not find expected node content
0 passed, 1 failed
== stderr
plinth: cannot read 'missing.test.yaml': No such file or directory
== status 2

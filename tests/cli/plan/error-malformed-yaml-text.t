# plinth plan: error malformed YAML, text output
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/malformed.yaml
$ plinth plan -p p.plinth -f text r.yaml
== stdout
A (record 1, r.yaml:1)
  error: r.yaml:3:1: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence started at line 2, column 8

OK (record 2, r.yaml:3)
  plan:
    1. release: Release
    2. breaks: Sitting breaks
== status 1

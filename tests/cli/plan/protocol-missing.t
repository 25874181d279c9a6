# plinth plan: protocol missing
== r.yaml < fixtures/client-a.yaml
$ plinth plan -p nope.plinth r.yaml
== stderr
plinth: cannot read 'nope.plinth': No such file or directory
== status 2

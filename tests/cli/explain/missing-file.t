# plinth explain: missing file
$ plinth explain -p protocols/iliopsoas.plinth nowhere.yaml
== stderr
plinth: cannot read 'nowhere.yaml': No such file or directory
== status 2

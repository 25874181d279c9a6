# plinth plan: output to a full disk (/dev/full)
$ plinth plan -p protocols/iliopsoas.plinth examples/clients.yaml >/dev/full
== stderr
plinth: cannot write the results: No space left on device
== status 2

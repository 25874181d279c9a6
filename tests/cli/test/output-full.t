# plinth test: output to a full disk (/dev/full)
$ plinth test protocols/iliopsoas.test.yaml >/dev/full
== stderr
plinth: cannot write the results: No space left on device
== status 2

# plinth check: output to a full disk (/dev/full)
$ plinth check -f sarif protocols/iliopsoas.plinth >/dev/full
== stderr
plinth: cannot write the results: No space left on device
== status 2

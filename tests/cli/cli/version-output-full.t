# plinth: version output to a full disk (/dev/full)
$ plinth --version >/dev/full
== stderr
plinth: cannot write the results: No space left on device
== status 2

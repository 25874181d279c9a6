# plinth check: file too large
$ plinth check /dev/zero
== stderr
plinth: cannot read '/dev/zero': larger than 64 MiB
== status 2

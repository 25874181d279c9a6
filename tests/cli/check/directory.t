# plinth check: directory
$ mkdir dir.plinth && plinth check dir.plinth
== stderr
plinth: cannot read 'dir.plinth': it is a directory
== status 2

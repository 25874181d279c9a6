# plinth: --version
$ plinth --version
== stdout
plinth 0.1.0

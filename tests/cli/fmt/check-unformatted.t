# plinth fmt: check unformatted
== messy.plinth < fixtures/messy.plinth
$ plinth fmt --check protocols/iliopsoas.plinth messy.plinth
== stdout
messy.plinth
== status 1

# plinth fmt: check stdin
== messy.plinth < fixtures/messy.plinth
$ plinth fmt --check < messy.plinth
== stdout
<stdin>
== status 1

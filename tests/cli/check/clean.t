# plinth check: clean
== p.plinth < fixtures/no-errors.plinth
$ plinth check p.plinth

# plinth check: JSON clean
== p.plinth < fixtures/no-errors.plinth
$ plinth check --format json p.plinth

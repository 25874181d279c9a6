# plinth check: --werror
== p.plinth < fixtures/no-errors.plinth
$ plinth check --werror p.plinth

# plinth fmt: syntax error
== bad.plinth < fixtures/syntax-error.plinth
$ plinth fmt bad.plinth
== stderr
bad.plinth:6:37: error: expected a condition, but found '}'
    step a "A" { only if x requires }
                                    ^
bad.plinth: 1 error
== status 1

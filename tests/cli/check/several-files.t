# plinth check: several files
== bad.plinth < fixtures/several-files-bad.plinth
== good.plinth < fixtures/several-files-good.plinth
$ plinth check good.plinth bad.plinth
== stderr
bad.plinth:6:38: error: no field 'pian'; did you mean 'pain'?
    step release "Release" { only if pian >= 3 }
                                     ^~~~
bad.plinth: 1 error
== status 1

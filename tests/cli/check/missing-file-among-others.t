# plinth check: missing file among others
== bad.plinth < fixtures/several-files-bad.plinth
== good.plinth < fixtures/several-files-good.plinth
$ plinth check bad.plinth nope.plinth good.plinth
== stderr
bad.plinth:6:38: error: no field 'pian'; did you mean 'pain'?
    step release "Release" { only if pian >= 3 }
                                     ^~~~
bad.plinth: 1 error
plinth: cannot read 'nope.plinth': No such file or directory
== status 2

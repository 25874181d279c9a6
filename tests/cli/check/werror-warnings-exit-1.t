# plinth check: --werror: warnings exit 1
== p.plinth < fixtures/only-warnings.plinth
$ plinth check --werror p.plinth
== stderr
p.plinth:5:5: warning: field 'age' is never used
    age:  int in 0..120
    ^~~
p.plinth:8:38: warning: 'only if pain > 10' is always false: step 'release' can never apply
    step release "Release" { only if pain > 10 }
                                     ^~~~~~~~~
p.plinth: 0 errors, 2 warnings
== status 1

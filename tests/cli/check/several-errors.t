# plinth check: several errors
== p.plinth < fixtures/several-errors.plinth
$ plinth check p.plinth
== stderr
p.plinth:7:16: error: cannot compare a number with text
  check sore = pain >= "7"
               ^~~~~~~~~~~
p.plinth:10:23: error: 'posterior' is not a member of 'tilt' (neutral, anterior)
      only if tilt == posterior
                      ^~~~~~~~~
p.plinth:13:10: error: step 'release' is already declared at line 9
    step release "Release again" { after stretch }
         ^~~~~~~
p.plinth:13:42: error: no step or stage 'stretch'
    step release "Release again" { after stretch }
                                         ^~~~~~~
p.plinth:14:38: error: 'pain' is an int field, not a condition; compare it, as in 'pain == ...'
    step bridges "Bridges" { only if pain }
                                     ^~~~
p.plinth: 5 errors
== status 1

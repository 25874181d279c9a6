# plinth check, lint: through check always false
== p.plinth
# A check that is always false is reported, and so is the step whose
# 'only if' uses it.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  check sore "Is the client in a lot of pain?" = pain > 7 and pain < 3
  stage treat "Treat" {
    step release "Release" { only if sore }
    step stretch "Stretch" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:50: warning: check 'sore' is always false
  check sore "Is the client in a lot of pain?" = pain > 7 and pain < 3
                                                 ^~~~~~~~~~~~~~~~~~~~~
p.plinth:9:38: warning: 'only if sore' is always false: step 'release' can never apply
    step release "Release" { only if sore }
                                     ^~~~
p.plinth: 0 errors, 2 warnings

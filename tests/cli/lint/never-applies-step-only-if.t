# plinth check, lint: never applies step only if
== p.plinth
# An 'only if' that is always false: the step is always skipped.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain > 10 }
    step stretch "Stretch" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:38: warning: 'only if pain > 10' is always false: step 'release' can never apply
    step release "Release" { only if pain > 10 }
                                     ^~~~~~~~~
p.plinth: 0 errors, 1 warning

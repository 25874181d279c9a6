# plinth check, lint: ne and eq flagged
== p.plinth
# A value excluded by != and required by == : always false.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain != 3 and pain == 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:38: warning: 'only if pain != 3 and pain == 3' is always false: step 'release' can never apply
    step release "Release" { only if pain != 3 and pain == 3 }
                                     ^~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

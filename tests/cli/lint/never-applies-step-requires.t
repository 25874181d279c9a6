# plinth check, lint: never applies step requires
== p.plinth
# A 'requires' that is never met: the step is always blocked.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { requires pain < 0 "pain has settled" }
    step stretch "Stretch" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:39: warning: 'requires pain < 0' is never met: step 'release' can never be planned
    step release "Release" { requires pain < 0 "pain has settled" }
                                      ^~~~~~~~
p.plinth: 0 errors, 1 warning

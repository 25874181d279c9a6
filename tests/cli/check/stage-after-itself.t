# plinth check: stage after itself
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    after treat
    step release "Release" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:11: error: stage 'treat' cannot come after itself
    after treat
          ^~~~~
p.plinth: 1 error
== status 1

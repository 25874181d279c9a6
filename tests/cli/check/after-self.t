# plinth check: after self
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      after release
      only if pain >= 3
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:10: error: 'after' cycle: release -> release
    step release "Release" {
         ^~~~~~~
p.plinth: 1 error
== status 1

# plinth check: undefined after target
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step assess "Assess"
    step release "Release" {
      after asess
      only if pain >= 3
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:13: error: no step or stage 'asess'; did you mean 'assess'?
      after asess
            ^~~~~
p.plinth: 1 error
== status 1

# plinth check: step after own stage
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 3 }
    step stretch "Stretch" { after treat }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:36: error: a step cannot come after its own stage 'treat'
    step stretch "Stretch" { after treat }
                                   ^~~~~
p.plinth: 1 error
== status 1

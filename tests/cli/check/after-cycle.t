# plinth check: after cycle
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step warm "Warm up" { after stretch }
    step release "Release" {
      after warm
      only if pain >= 3
    }
    step stretch "Stretch" { after release }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:10: error: 'after' cycle: warm -> release -> stretch -> warm
    step warm "Warm up" { after stretch }
         ^~~~
p.plinth: 1 error
== status 1

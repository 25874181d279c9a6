# plinth check: range reversed in condition
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain in 10..0
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:23: error: empty range 10..0: the low end is greater than the high end
      only if pain in 10..0
                      ^~~~~
p.plinth: 1 error
== status 1

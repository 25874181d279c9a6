# plinth check: range reversed in type
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 10..0
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:3:18: error: empty range 10..0: the low end is greater than the high end
    pain: int in 10..0
                 ^~
p.plinth: 1 error
== status 1

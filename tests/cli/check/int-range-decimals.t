# plinth check: int range decimals
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0.5..9.5
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:3:18: error: an int range needs whole numbers, not 0.5..9.5
    pain: int in 0.5..9.5
                 ^~~
p.plinth: 1 error
== status 1

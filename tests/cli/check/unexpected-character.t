# plinth check: unexpected character
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3;
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:24: error: unexpected character ';'
      only if pain >= 3;
                       ^
p.plinth: 1 error
== status 1

# plinth check: syntax error
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >=
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:5: error: expected a condition, but found '}'
    }
    ^
p.plinth: 1 error
== status 1

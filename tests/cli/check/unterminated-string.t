# plinth check: unterminated string
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      note "work slowly
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:12: error: unterminated string (a string ends on the line it starts)
      note "work slowly
           ^~~~~~~~~~~~
p.plinth: 1 error
== status 1

# plinth check, lint: contradictory range
== p.plinth
# Two bounds on one field that no value meets: always false.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      caution if pain > 7 and pain < 3 "work within the client's comfort"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if pain > 7 and pain < 3' is always false
      caution if pain > 7 and pain < 3 "work within the client's comfort"
                 ^~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

# plinth check, lint: int whole number gap
== p.plinth
# An int has no value strictly between 7 and 8: always false.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      caution if pain > 7 and pain < 8 "work within the client's comfort"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if pain > 7 and pain < 8' is always false
      caution if pain > 7 and pain < 8 "work within the client's comfort"
                 ^~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

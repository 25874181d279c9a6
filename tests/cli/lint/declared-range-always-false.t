# plinth check, lint: declared range always false
== p.plinth
# The declared range counts: no pain in 0..10 is above 10.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      caution if pain > 10 "work within the client's comfort"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if pain > 10' is always false
      caution if pain > 10 "work within the client's comfort"
                 ^~~~~~~~~
p.plinth: 0 errors, 1 warning

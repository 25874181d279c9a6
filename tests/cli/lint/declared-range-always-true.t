# plinth check, lint: declared range always true
== p.plinth
# The declared range counts: every pain in 0..10 is >= 0.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      caution if pain >= 0 "work within the client's comfort"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if pain >= 0' is always true
      caution if pain >= 0 "work within the client's comfort"
                 ^~~~~~~~~
p.plinth: 0 errors, 1 warning

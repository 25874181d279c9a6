# plinth check: check cycle
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  check sore = pain >= 7 or flare
  check flare = irritable
  check irritable = sore
  stage treat "Treat" {
    step release "Release" { only if not sore }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:5:9: error: check cycle: sore -> flare -> irritable -> sore
  check sore = pain >= 7 or flare
        ^~~~
p.plinth: 1 error
== status 1

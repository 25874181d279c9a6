# plinth check: duplicate check
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  check sore = pain >= 7
  check sore = pain >= 8
  stage treat "Treat" {
    step release "Release" { caution if sore "go gently" }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:9: error: check 'sore' is already declared at line 5
  check sore = pain >= 8
        ^~~~
p.plinth: 1 error
== status 1

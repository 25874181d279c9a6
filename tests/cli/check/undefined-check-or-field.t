# plinth check: undefined check or field
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  check sore = pain >= 7
  stage treat "Treat" {
    step release "Release" {
      caution if sore "go gently"
      only if not sor
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:19: error: no check or field 'sor'; did you mean 'sore'?
      only if not sor
                  ^~~
p.plinth: 1 error
== status 1

# plinth check: undefined name no suggestion
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3 and swelling
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:29: error: no check or field 'swelling'
      only if pain >= 3 and swelling
                            ^~~~~~~~
p.plinth: 1 error
== status 1

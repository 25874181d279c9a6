# plinth check: duplicate reference
== p.plinth
protocol demo "Demo" {
  reference massey2013 "Massey et al. (2013)."
  reference massey2013 "Massey et al. (2013), again."
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      contraindicated if pain >= 8 "severe pain" cite massey2013
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:3:13: error: reference 'massey2013' is already declared at line 2
  reference massey2013 "Massey et al. (2013), again."
            ^~~~~~~~~~
p.plinth: 1 error
== status 1

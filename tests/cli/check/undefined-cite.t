# plinth check: undefined cite
== p.plinth
protocol demo "Demo" {
  reference massey2013 "Massey et al. (2013)."
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      contraindicated if pain >= 8 "severe pain" cite massey2013, masey2013
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:67: error: no reference 'masey2013'; did you mean 'massey2013'?
      contraindicated if pain >= 8 "severe pain" cite massey2013, masey2013
                                                                  ^~~~~~~~~
p.plinth: 1 error
== status 1

# plinth check, lint: unused reference
== p.plinth
# A reference that no contraindication cites is reported.
protocol demo "Demo" {
  reference massey2013 "Massey et al. (2013)."
  reference dye2014    "Dye et al. (2014)."
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      contraindicated if pain >= 9 "too much pain" cite dye2014
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:3:13: warning: reference 'massey2013' is never cited
  reference massey2013 "Massey et al. (2013)."
            ^~~~~~~~~~
p.plinth: 0 errors, 1 warning

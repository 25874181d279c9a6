# plinth check, lint: caution always true or false
== p.plinth
# A caution that is always true, or never true, is reported.
protocol demo "Demo" {
  record {
    pain:        int in 0..10
    nerve_signs: set of {numbness, tingling}
  }
  stage treat "Treat" {
    caution if pain < 11 "work within the client's comfort"
    step release "Release" {
      only if pain >= 3
      caution if numbness in nerve_signs and pain > 10 "numb and off the scale"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:16: warning: 'caution if pain < 11' is always true
    caution if pain < 11 "work within the client's comfort"
               ^~~~~~~~~
p.plinth:11:18: warning: 'caution if numbness in nerve_signs and pain > 10' is always false
      caution if numbness in nerve_signs and pain > 10 "numb and off the scale"
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 2 warnings

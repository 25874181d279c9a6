# plinth check, lint: never applies step contraindicated
== p.plinth
# A 'contraindicated if' that always holds: the step is always blocked.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { contraindicated if pain >= 0 "in pain" }
    step stretch "Stretch" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:49: warning: 'contraindicated if pain >= 0' always holds: step 'release' can never be planned
    step release "Release" { contraindicated if pain >= 0 "in pain" }
                                                ^~~~~~~~~
p.plinth: 0 errors, 1 warning

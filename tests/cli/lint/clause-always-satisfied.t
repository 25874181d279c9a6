# plinth check, lint: clause always satisfied
== p.plinth
# Clauses that never stop a step: an 'only if' always true, a 'requires'
# always met, a 'contraindicated if' that never holds.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain <= 10 }
    step stretch "Stretch" { requires pain >= 0 "pain is in range" }
    step bridges "Bridges" { contraindicated if pain == 11 "off the scale" }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:38: warning: 'only if pain <= 10' is always true
    step release "Release" { only if pain <= 10 }
                                     ^~~~~~~~~~
p.plinth:9:39: warning: 'requires pain >= 0' is always met
    step stretch "Stretch" { requires pain >= 0 "pain is in range" }
                                      ^~~~~~~~~
p.plinth:10:49: warning: 'contraindicated if pain == 11' never holds
    step bridges "Bridges" { contraindicated if pain == 11 "off the scale" }
                                                ^~~~~~~~~~
p.plinth: 0 errors, 3 warnings

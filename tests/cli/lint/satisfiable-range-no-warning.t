# plinth check, lint: satisfiable range: no warning
== p.plinth
# Conditions that some record makes true and some makes false: no
# warning.  pain 4 is the only int strictly between 3 and 5.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain > 3 and pain < 5 }
    step stretch "Stretch" { only if pain >= 10 }
    step bridges "Bridges" { only if pain <= 0 or pain == 10 }
    step tilts "Pelvic tilts" { only if pain * 2 > 7 }
  }
}
$ plinth check p.plinth

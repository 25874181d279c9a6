# plinth check, lint: used through check: no warning
== p.plinth
# Fields read only by a check, a check used only by another check, and a
# reference cited only on a stage are all used: no warning.
protocol demo "Demo" {
  reference dye2014 "Dye et al. (2014)."
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  check sore      = pain >= 7
  check very_sore = sore and age >= 70
  stage treat "Treat" {
    contraindicated if age < 16 "client is a minor" cite dye2014
    step release "Release" { caution if very_sore "go gently" }
  }
}
$ plinth check p.plinth

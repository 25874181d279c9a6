# plinth check, lint: unused check only used by unused check
== p.plinth
# A check used only by an unused check, and a field read only there,
# count as used: only the unused check is reported.
protocol demo "Demo" {
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  check sore      = pain >= 7
  check very_sore = sore and age >= 70
  stage treat "Treat" {
    step release "Release" { only if pain >= 5 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:9: warning: check 'very_sore' is never used
  check very_sore = sore and age >= 70
        ^~~~~~~~~
p.plinth: 0 errors, 1 warning

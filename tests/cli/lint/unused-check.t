# plinth check, lint: unused check
== p.plinth
# A check that no clause or other check uses is reported.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  check sore "Is the client in a lot of pain?" = pain >= 7
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:9: warning: check 'sore' is never used
  check sore "Is the client in a lot of pain?" = pain >= 7
        ^~~~
p.plinth: 0 errors, 1 warning

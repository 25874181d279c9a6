# plinth check, lint: unused field
== p.plinth
# A record field that no condition reads is reported.
protocol demo "Demo" {
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:5:5: warning: field 'age' is never used
    age:  int in 0..120
    ^~~
p.plinth: 0 errors, 1 warning

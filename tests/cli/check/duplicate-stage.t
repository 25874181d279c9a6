# plinth check: duplicate stage
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 3 }
  }
  stage treat "Treat again" {
    step stretch "Stretch"
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:9: error: stage 'treat' is already declared at line 5
  stage treat "Treat again" {
        ^~~~~
p.plinth: 1 error
== status 1

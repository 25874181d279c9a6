# plinth check, lint: empty stage
== p.plinth
# A stage with no steps is reported.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage assess "Assess" {
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:9: warning: stage 'assess' has no steps
  stage assess "Assess" {
        ^~~~~~
p.plinth: 0 errors, 1 warning

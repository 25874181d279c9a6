# plinth check: duplicate step
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage assess "Assess" {
    step look "Look at posture"
  }
  stage treat "Treat" {
    step look "Look again" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:10: error: step 'look' is already declared at line 6
    step look "Look again" { only if pain >= 3 }
         ^~~~
p.plinth: 1 error
== status 1

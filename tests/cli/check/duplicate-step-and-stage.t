# plinth check: duplicate step and stage
== p.plinth
# Steps and stages share one namespace.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage assess "Assess" {
    step look "Look at posture"
  }
  stage treat "Treat" {
    step assess "Assess again" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:10:10: error: 'assess' is already a stage (line 6); steps and stages share one namespace
    step assess "Assess again" { only if pain >= 3 }
         ^~~~~~
p.plinth: 1 error
== status 1

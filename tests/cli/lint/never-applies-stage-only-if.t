# plinth check, lint: never applies stage only if
== p.plinth
# On a stage, the clause applies to every step: none of them can apply.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage assess "Assess" {
    step look "Look at posture" { only if pain >= 3 }
  }
  stage treat "Treat" {
    only if pain > 7 and pain < 3
    step release "Release"
    step stretch "Stretch"
  }
}
$ plinth check p.plinth
== stderr
p.plinth:10:13: warning: 'only if pain > 7 and pain < 3' is always false: no step of stage 'treat' can apply
    only if pain > 7 and pain < 3
            ^~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

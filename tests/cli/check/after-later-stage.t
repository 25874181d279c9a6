# plinth check: after later stage
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage release "Release" {
    step iliopsoas "Iliopsoas release" {
      after strengthen
      only if pain >= 3
    }
  }
  stage strengthen "Strengthen" {
    step bridges "Glute bridges"
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:13: error: stage 'strengthen' comes later; a step can only come after steps of its own or an earlier stage
      after strengthen
            ^~~~~~~~~~
p.plinth: 1 error
== status 1

# plinth check: type int as condition
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: 'pain' is an int field, not a condition; compare it, as in 'pain == ...'
      only if pain
              ^~~~
p.plinth: 1 error
== status 1

# plinth check: type set as condition
== p.plinth
protocol demo "Demo" {
  record {
    signs: set of {numbness, tingling}
  }
  stage treat "Treat" {
    step release "Release" {
      only if signs
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: 'signs' is a set, not a condition; write 'MEMBER in signs' or 'signs is not empty'
      only if signs
              ^~~~~
p.plinth: 1 error
== status 1

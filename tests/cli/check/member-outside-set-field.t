# plinth check: member outside set field
== p.plinth
protocol demo "Demo" {
  record {
    signs: set of {numbness, tingling}
  }
  stage treat "Treat" {
    step release "Release" {
      only if weakness in signs
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: 'weakness' is not a member of 'signs' (numbness, tingling)
      only if weakness in signs
              ^~~~~~~~
p.plinth: 1 error
== status 1

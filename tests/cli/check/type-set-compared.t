# plinth check: type set compared
== p.plinth
protocol demo "Demo" {
  record {
    signs: set of {numbness, tingling}
  }
  stage treat "Treat" {
    step release "Release" {
      only if signs == signs
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: a set cannot be compared; test a member with 'in', or use 'is empty' or count()
      only if signs == signs
              ^~~~~~~~~~~~~~
p.plinth: 1 error
== status 1

# plinth check, lint: same test both ways other tests
== p.plinth
# Any test, taken both ways in one conjunction, is always false; taken
# both ways in a disjunction, always true.  Checks are looked through.
protocol demo "Demo" {
  record {
    client:      text
    nerve_signs: set of {numbness, tingling, weakness}
  }
  check regular    = client == "C-1"
  check no_signs   = nerve_signs is empty
  check unassessed = nerve_signs is missing
  stage treat "Treat" {
    step release "Release" {
      only if no_signs
      caution if regular and not regular "regular client"
    }
    step stretch "Stretch" {
      only if no_signs
      caution if unassessed and not unassessed "not assessed"
    }
    step bridges "Bridges" {
      only if no_signs or not no_signs
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:14:18: warning: 'caution if regular and not regular' is always false
      caution if regular and not regular "regular client"
                 ^~~~~~~~~~~~~~~~~~~~~~~
p.plinth:18:18: warning: 'caution if unassessed and not unassessed' is always false
      caution if unassessed and not unassessed "not assessed"
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth:21:15: warning: 'only if no_signs or not no_signs' is always true
      only if no_signs or not no_signs
              ^~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 3 warnings

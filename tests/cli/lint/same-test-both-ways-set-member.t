# plinth check, lint: same test both ways set member
== p.plinth
# A member both in and not in a set field: always false.
protocol demo "Demo" {
  record {
    nerve_signs: set of {numbness, tingling, weakness}
  }
  stage treat "Treat" {
    step release "Release" {
      contraindicated if numbness in nerve_signs "numbness"
      caution if tingling in nerve_signs and not (tingling in nerve_signs) "tingling"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if tingling in nerve_signs and not (tingling in nerve_signs)' is always false
      caution if tingling in nerve_signs and not (tingling in nerve_signs) "tingling"
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

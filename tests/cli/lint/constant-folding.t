# plinth check, lint: constant folding
== p.plinth
# Conditions that do not read the record, or whose value does not
# depend on what they read, are constant.  A constant part alone does
# not make the whole constant: 'breaks' (10 / 4 * 2 == 5 is true) is fine.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      caution if 2 > 1 "numbers only"
    }
    step stretch "Stretch" {
      only if pain >= 3
      caution if true "always"
    }
    step bridges "Bridges" {
      only if pain >= 3
      caution if pain >= 7 or true "or true"
    }
    step tilts "Pelvic tilts" {
      only if pain >= 3
      caution if not false "not false"
    }
    step breaks "Sitting breaks" {
      only if pain >= 3
      caution if 10 / 4 * 2 == 5 and pain >= 7 "arithmetic"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:11:18: warning: 'caution if 2 > 1' is always true
      caution if 2 > 1 "numbers only"
                 ^~~~~
p.plinth:15:18: warning: 'caution if true' is always true
      caution if true "always"
                 ^~~~
p.plinth:19:18: warning: 'caution if pain >= 7 or true' is always true
      caution if pain >= 7 or true "or true"
                 ^~~~~~~~~~~~~~~~~
p.plinth:23:18: warning: 'caution if not false' is always true
      caution if not false "not false"
                 ^~~~~~~~~
p.plinth: 0 errors, 4 warnings

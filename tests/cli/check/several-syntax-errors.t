# plinth check: several syntax errors
== p.plinth
# The parser recovers at the next step and reports each syntax error.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= }
    step stretch "Stretch" { requires pain < < 3 }
    step bridges "Bridges" { only if pain > 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:46: error: expected a condition, but found '}'
    step release "Release" { only if pain >= }
                                             ^
p.plinth:8:46: error: expected a condition, but found '<'
    step stretch "Stretch" { requires pain < < 3 }
                                             ^
p.plinth: 2 errors
== status 1

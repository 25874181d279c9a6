# plinth check, lint: syntax missing type
== p.plinth
# A field without its type.
protocol demo "Demo" {
  record {
    pain: in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:4:11: error: expected a type, but found 'in'
    pain: in 0..10
          ^~
p.plinth: 1 error
== status 1

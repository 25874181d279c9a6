# plinth check: duplicate field
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
    hours: number
    pain: number in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 3 and hours < 6 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:5:5: error: field 'pain' is already declared at line 3
    pain: number in 0..10
    ^~~~
p.plinth: 1 error
== status 1

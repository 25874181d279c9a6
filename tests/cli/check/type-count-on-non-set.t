# plinth check: type count on non set
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if count(pain) > 1
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:21: error: count() needs a set field; 'pain' is an int field
      only if count(pain) > 1
                    ^~~~
p.plinth: 1 error
== status 1

# plinth check: type is empty on non set
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain is empty
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: 'is empty' needs a set field; 'pain' is an int field
      only if pain is empty
              ^~~~~~~~~~~~~
p.plinth: 1 error
== status 1

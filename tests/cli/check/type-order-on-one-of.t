# plinth check: type order on one of
== p.plinth
protocol demo "Demo" {
  record {
    tilt: one of {neutral, anterior}
  }
  stage treat "Treat" {
    step release "Release" {
      only if tilt < anterior
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: '<' needs numbers; a one-of value (its members have no order) can only be compared with == or !=
      only if tilt < anterior
              ^~~~~~~~~~~~~~~
p.plinth: 1 error
== status 1

# plinth check: member outside list
== p.plinth
protocol demo "Demo" {
  record {
    tilt: one of {neutral, anterior}
  }
  stage treat "Treat" {
    step release "Release" {
      only if tilt in {neutral, posterior}
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:33: error: 'posterior' is not a member of 'tilt' (neutral, anterior)
      only if tilt in {neutral, posterior}
                                ^~~~~~~~~
p.plinth: 1 error
== status 1

# plinth check: member string outside one of
== p.plinth
protocol demo "Demo" {
  record {
    tilt: one of {neutral, anterior}
  }
  stage treat "Treat" {
    step release "Release" {
      only if tilt != "posterior"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:23: error: 'posterior' is not a member of 'tilt' (neutral, anterior)
      only if tilt != "posterior"
                      ^~~~~~~~~~~
p.plinth: 1 error
== status 1

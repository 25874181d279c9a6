# plinth check, lint: one of two members
== p.plinth
# A one-of field holds one member: it cannot equal two.
protocol demo "Demo" {
  record {
    posture.tilt: one of {neutral, anterior, posterior}
  }
  stage treat "Treat" {
    step release "Release" {
      only if posture.tilt == posterior
      caution if posture.tilt == anterior and posture.tilt == posterior "tilted both ways"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if posture.tilt == anterior and posture.tilt == posterior' is always false
      caution if posture.tilt == anterior and posture.tilt == posterior "tilted both ways"
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

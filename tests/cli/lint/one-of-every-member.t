# plinth check, lint: one of every member
== p.plinth
# Testing for every member of a one-of field: always true; excluding
# every member: always false.
protocol demo "Demo" {
  record {
    posture.tilt: one of {neutral, anterior, posterior}
  }
  stage treat "Treat" {
    step release "Release" {
      only if posture.tilt in {neutral, anterior, posterior}
    }
    step stretch "Stretch" {
      only if posture.tilt == posterior
      caution if posture.tilt != neutral and posture.tilt != anterior and posture.tilt != posterior "tilted"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:15: warning: 'only if posture.tilt in {neutral, anterior, posterior}' is always true
      only if posture.tilt in {neutral, anterior, posterior}
              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth:13:18: warning: 'caution if posture.tilt != neutral and posture.tilt != anterior and posture.tilt != posterior' is always false
      caution if posture.tilt != neutral and posture.tilt != anterior and posture.tilt != posterior "tilted"
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 2 warnings

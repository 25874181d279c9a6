# plinth check, lint: one of satisfiable: no warning
== p.plinth
# Conditions on a one-of field that some member meets, and some member
# does not: no warning.
protocol demo "Demo" {
  record {
    posture.tilt: one of {neutral, anterior, posterior}
  }
  stage treat "Treat" {
    step release "Release" {
      only if posture.tilt in {anterior, posterior} and posture.tilt != anterior
      caution if posture.tilt == anterior or posture.tilt == posterior "tilted"
    }
  }
}
$ plinth check p.plinth

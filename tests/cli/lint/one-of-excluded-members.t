# plinth check, lint: one of excluded members
== p.plinth
# In {neutral, anterior} but neither of them: always false.
protocol demo "Demo" {
  record {
    posture.tilt: one of {neutral, anterior, posterior}
  }
  stage treat "Treat" {
    step release "Release" {
      only if posture.tilt == posterior
      caution if posture.tilt in {neutral, anterior} and posture.tilt != neutral and posture.tilt != anterior "tilted"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if posture.tilt in {neutral, anterior} and posture.tilt != neutral and posture.tilt != anterior' is always false
      caution if posture.tilt in {neutral, anterior} and posture.tilt != neutral and posture.tilt != anterior "tilted"
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

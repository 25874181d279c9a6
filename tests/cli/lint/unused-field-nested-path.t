# plinth check, lint: unused field nested path
== p.plinth
# The warning names the whole field path.
protocol demo "Demo" {
  record {
    pain:             int in 0..10
    posture.improved: bool
    posture.tilt:     one of {neutral, anterior}
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 and posture.improved }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:5: warning: field 'posture.tilt' is never used
    posture.tilt:     one of {neutral, anterior}
    ^~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

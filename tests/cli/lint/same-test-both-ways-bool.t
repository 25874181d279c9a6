# plinth check, lint: same test both ways bool
== p.plinth
# A bool field both true and not true: always false.
protocol demo "Demo" {
  record {
    posture.improved: bool
  }
  stage treat "Treat" {
    step release "Release" {
      requires posture.improved "posture has not improved"
      caution if posture.improved and not posture.improved "improved and not"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:18: warning: 'caution if posture.improved and not posture.improved' is always false
      caution if posture.improved and not posture.improved "improved and not"
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

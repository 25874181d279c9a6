# plinth check, lint: id and required unused: no warning
== p.plinth
# The id field names records and a required field validates them: both
# count as used, though no condition reads them.
protocol demo "Demo" {
  record {
    client:  text id
    consent: bool required
    pain:    int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
$ plinth check p.plinth

# plinth check: overlapping field paths
== p.plinth
protocol demo "Demo" {
  record {
    posture: text
    posture.improved: bool
  }
  stage treat "Treat" {
    step release "Release" { requires posture.improved }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:4:5: error: field 'posture.improved' overlaps field 'posture' (line 3): a field cannot hold other fields
    posture.improved: bool
    ^~~~~~~~~~~~~~~~
p.plinth: 1 error
== status 1

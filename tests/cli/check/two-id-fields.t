# plinth check: two id fields
== p.plinth
protocol demo "Demo" {
  record {
    client: text id
    file_no: int id
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:4:5: error: 'file_no' is marked id, but 'client' (line 3) already is; a record has one id
    file_no: int id
    ^~~~~~~
p.plinth: 1 error
== status 1

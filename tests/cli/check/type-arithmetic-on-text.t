# plinth check: type arithmetic on text
== p.plinth
protocol demo "Demo" {
  record {
    history.remark: text
  }
  stage treat "Treat" {
    step release "Release" {
      only if history.remark + 1 > 2
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: arithmetic needs numbers, not text
      only if history.remark + 1 > 2
              ^~~~~~~~~~~~~~~~~~
p.plinth: 1 error
== status 1

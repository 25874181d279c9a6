# plinth check: type text compared with number
== p.plinth
protocol demo "Demo" {
  record {
    history.remark: text
  }
  stage treat "Treat" {
    step release "Release" {
      only if history.remark == 3
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:15: error: cannot compare text with a number
      only if history.remark == 3
              ^~~~~~~~~~~~~~~~~~~
p.plinth: 1 error
== status 1

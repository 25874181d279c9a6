# plinth check: type in non set field
== p.plinth
protocol demo "Demo" {
  record {
    history.remark: text
  }
  stage treat "Treat" {
    step release "Release" {
      only if numbness in history.remark
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:27: error: 'in history.remark' needs a set field; 'history.remark' is a text field
      only if numbness in history.remark
                          ^~~~~~~~~~~~~~
p.plinth: 1 error
== status 1

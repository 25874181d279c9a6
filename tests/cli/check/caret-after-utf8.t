# plinth check: caret after UTF-8
== p.plinth
protocol demo "Démo" {
  record {
    pain: int in 0..10
  }
  stage treat "Étape" {
    step release "Libération ü" { only if pian >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:6:43: error: no field 'pian'; did you mean 'pain'?
    step release "Libération ü" { only if pian >= 3 }
                                          ^~~~
p.plinth: 1 error
== status 1

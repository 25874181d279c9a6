# plinth graph: protocol does not compile
== p.plinth < fixtures/does-not-compile.plinth
$ plinth graph p.plinth
== stderr
p.plinth:6:39: error: no field 'postur.improved'; did you mean 'posture.improved'?
    step release "Release" { requires postur.improved }
                                      ^~~~~~~~~~~~~~~
p.plinth: 1 error
== status 2

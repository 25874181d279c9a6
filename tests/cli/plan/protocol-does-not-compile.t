# plinth plan: protocol does not compile
== p.plinth < fixtures/does-not-compile.plinth
== r.yaml
posture: {improved: true}
$ plinth plan -p p.plinth -f json r.yaml
== stderr
p.plinth:6:39: error: no field 'postur.improved'; did you mean 'posture.improved'?
    step release "Release" { requires postur.improved }
                                      ^~~~~~~~~~~~~~~
p.plinth: 1 error
== status 2

# plinth check: undefined field did you mean
== p.plinth < fixtures/misspelt-field.plinth
$ plinth check p.plinth
== stderr
p.plinth:7:16: error: no field 'postur.improved'; did you mean 'posture.improved'?
      requires postur.improved "posture has not improved"
               ^~~~~~~~~~~~~~~
p.plinth: 1 error
== status 1

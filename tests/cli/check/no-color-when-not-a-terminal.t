# plinth check: no color when not a terminal
# stderr is a file: no colour, though NO_COLOR is unset
== p.plinth < fixtures/error-and-warning.plinth
$ unset NO_COLOR; TERM=xterm plinth check p.plinth
== stderr
p.plinth:7:39: error: no field 'pian'; did you mean 'pain'?
    step release "Release" { requires pian < 5 }
                                      ^~~~
p.plinth: 1 error
== status 1

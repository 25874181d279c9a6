# plinth check: no color on dumb terminal
# TERM=dumb: no colour
== p.plinth < fixtures/error-and-warning.plinth
$ unset NO_COLOR; TERM=dumb script -qec "plinth check p.plinth" /dev/null
== stdout
p.plinth:7:39: error: no field 'pian'; did you mean 'pain'?\r (esc)
    step release "Release" { requires pian < 5 }\r (esc)
                                      ^~~~\r (esc)
p.plinth: 1 error\r (esc)
== status 1

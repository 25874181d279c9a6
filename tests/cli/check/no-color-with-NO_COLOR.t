# plinth check: no color with NO_COLOR
# NO_COLOR set, to anything: no colour even on a terminal
== p.plinth < fixtures/error-and-warning.plinth
$ NO_COLOR=1 TERM=xterm script -qec "plinth check p.plinth" /dev/null
== stdout
p.plinth:7:39: error: no field 'pian'; did you mean 'pain'?\r (esc)
    step release "Release" { requires pian < 5 }\r (esc)
                                      ^~~~\r (esc)
p.plinth: 1 error\r (esc)
== status 1

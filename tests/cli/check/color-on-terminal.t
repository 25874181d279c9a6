# plinth check: color on terminal
# stderr on a terminal (script(1) makes one): error red, warning magenta, caret green
== p.plinth < fixtures/error-and-warning.plinth
== w.plinth < fixtures/unused-field.plinth
$ unset NO_COLOR; TERM=xterm script -qec "plinth check p.plinth w.plinth" /dev/null
== stdout
p.plinth:7:39: \x1b[1;31merror:\x1b[0m no field 'pian'; did you mean 'pain'?\r (esc)
    step release "Release" { requires pian < 5 }\r (esc)
                                      \x1b[1;32m^~~~\x1b[0m\r (esc)
p.plinth: 1 error\r (esc)
w.plinth:4:5: \x1b[1;35mwarning:\x1b[0m field 'unused' is never used\r (esc)
    unused: bool\r (esc)
    \x1b[1;32m^~~~~~\x1b[0m\r (esc)
w.plinth: 0 errors, 1 warning\r (esc)
== status 1

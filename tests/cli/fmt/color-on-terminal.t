# plinth fmt: color on terminal
# fmt reports syntax errors as check does, coloured on a terminal
== broken.plinth < fixtures/broken.plinth
$ unset NO_COLOR; TERM=xterm script -qec "plinth fmt broken.plinth" /dev/null
== stdout
broken.plinth:2:30: \x1b[1;31merror:\x1b[0m expected 'id', 'required', a name or '}', but found the end of the file (to close '{' opened at line 2)\r (esc)
 record { pain: int in 0..10 \r (esc)
                             \x1b[1;32m^\x1b[0m\r (esc)
broken.plinth: 1 error\r (esc)
== status 1

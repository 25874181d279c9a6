# plinth plan: color protocol diagnostics
# plan shows the protocol's warnings coloured on a terminal stderr, results plain
== p.plinth < fixtures/unused-field.plinth
== r.yaml
pain: 3
$ unset NO_COLOR; TERM=xterm script -qec "plinth plan -p p.plinth -f json r.yaml" /dev/null
== stdout
p.plinth:4:5: \x1b[1;35mwarning:\x1b[0m field 'unused' is never used\r (esc)
    unused: bool\r (esc)
    \x1b[1;32m^~~~~~\x1b[0m\r (esc)
p.plinth: 0 errors, 1 warning\r (esc)
{"record":1,"source":"r.yaml:1","id":null,"plan":[{"step":"release","stage":"treat","title":"Release","cautions":[]}],"blocked":[],"done":[],"skipped":[]}\r (esc)

# plinth test: color on terminal
# stdout on a terminal: ok green, FAIL red, the diff coloured
== iliopsoas.plinth < fixtures/iliopsoas.plinth
== ilio.test.yaml < fixtures/ilio.test.yaml
$ unset NO_COLOR; TERM=xterm script -qec "plinth test -v ilio.test.yaml" /dev/null
== stdout
\x1b[32mok\x1b[0m   nerve signs block the release (ilio.test.yaml:3)\r (esc)
\x1b[1;31mFAIL\x1b[0m a wrong expectation (ilio.test.yaml:16)\r (esc)
  \x1b[1m--- expected\x1b[0m\r (esc)
  \x1b[1m+++ actual\x1b[0m\r (esc)
  \x1b[36m@@ -1,5 +1,7 @@\x1b[0m\r (esc)
   plan:\r (esc)
     - posture_assessment\r (esc)
     - release_rectus_femoris\r (esc)
  \x1b[32m+  - glute_bridges\x1b[0m\r (esc)
   skipped:\r (esc)
  \x1b[32m+  - release_quadratus_lumborum\x1b[0m\r (esc)
     - release_gluteus_medius\r (esc)
1 passed, 1 failed\r (esc)
== status 1

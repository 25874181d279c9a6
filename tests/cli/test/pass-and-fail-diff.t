# plinth test: pass and fail diff
== iliopsoas.plinth < fixtures/iliopsoas.plinth
== ilio.test.yaml < fixtures/ilio.test.yaml
$ plinth test -v ilio.test.yaml
== stdout
ok   nerve signs block the release (ilio.test.yaml:3)
FAIL a wrong expectation (ilio.test.yaml:16)
  --- expected
  +++ actual
  @@ -1,5 +1,7 @@
   plan:
     - posture_assessment
     - release_rectus_femoris
  +  - glute_bridges
   skipped:
  +  - release_quadratus_lumborum
     - release_gluteus_medius
1 passed, 1 failed
== status 1

# plinth test: duplicate keys
== r.test.yaml
protocol: protocols/iliopsoas.plinth
cases:
  - name: a record given twice keys inside it
    record:
      client: T1
      posture: {improved: true}
      posture: ~
    plan: []
== t.test.yaml
protocol: protocols/iliopsoas.plinth
cases:
  - name: a case that says two things about its plan
    record:
      client: T1
      pain: 3
    plan: [posture_assessment]
    plan: [glute_bridges]
  - name: a case that blocks one step twice
    record:
      client: T2
    blocked:
      iliopsoas_release: [unassessed]
      iliopsoas_release: [contraindicated]
$ plinth test t.test.yaml r.test.yaml
== stdout
FAIL a case that says two things about its plan (t.test.yaml:3)
  t.test.yaml:8:5: plan: given twice (first at line 7)
FAIL a case that blocks one step twice (t.test.yaml:9)
  t.test.yaml:14:7: iliopsoas_release: given twice (first at line 13)
FAIL a record given twice keys inside it (r.test.yaml:3)
  r.test.yaml:7:7: the record is invalid: posture: given twice (first at line 6)
0 passed, 3 failed
== status 1

# plinth test: file errors
== iliopsoas.plinth < fixtures/iliopsoas.plinth
== bad.test.yaml
protocol: iliopsoas.plinth
cases:
  - name: typo in a step
    record: {client: X}
    plan: [posture_assesment]
  - name: bad kind
    record: {client: X}
    blocked: {iliopsoas_release: [contra]}
  - name: invalid record
    record:
      client: X
      pain: 12
  - name: extra key
    recrod: {client: X}
$ plinth test bad.test.yaml
== stdout
FAIL typo in a step (bad.test.yaml:3)
  bad.test.yaml:5:12: plan: no step 'posture_assesment' in the protocol; did you mean 'posture_assessment'?
FAIL bad kind (bad.test.yaml:6)
  bad.test.yaml:8:35: blocked: 'contra' is not a reason kind (contraindicated, unassessed, unmet, dependency)
FAIL invalid record (bad.test.yaml:9)
  bad.test.yaml:12:13: the record is invalid: pain: 12 is outside 0..10
FAIL extra key (bad.test.yaml:13)
  bad.test.yaml:14:5: unknown key 'recrod'; did you mean 'record'?
0 passed, 4 failed
== status 1

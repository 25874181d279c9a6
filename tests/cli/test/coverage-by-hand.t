# plinth test: coverage by hand
== p.plinth < fixtures/coverage.plinth
== p.test.yaml
# Case 1: cleared, pain 2 -> massage planned (requires true, caution
# false), stretch planned (only if true).
# Case 2: not cleared, pain 8 -> massage blocked (requires false, caution
# true), stretch skipped (only if false).
# So: steps planned 2 of 2; blocked 1 (massage); skipped 1 (stretch);
# clauses: requires true+false, caution true+false, only if true+false:
# 6 of 6 outcomes.  Case 3 adds nothing new.
protocol: p.plinth
cases:
  - name: cleared and comfortable
    record: {client: A, pain: 2, cleared: true}
    plan: [massage, stretch]
  - name: not cleared, in pain
    record: {client: B, pain: 8, cleared: false}
    blocked: {massage: [unmet]}
    skipped: [stretch]
  - name: same again
    record: {client: C, pain: 1, cleared: true}
    plan: [massage, stretch]
$ plinth test --coverage --threshold 100 p.test.yaml
== stdout
coverage of p.plinth (3 cases):
  steps planned: 2 of 2 (100.0%)
  steps blocked: 1 of 2
  steps skipped: 1 of 2
  clauses true and false: 6 of 6 outcomes (100.0%)
3 passed, 0 failed

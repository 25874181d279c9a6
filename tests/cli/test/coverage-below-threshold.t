# plinth test: coverage below threshold
== p.plinth < fixtures/coverage.plinth
== p.test.yaml
# Only case 1 of test-coverage-by-hand: massage and stretch planned;
# requires only true, caution only false, only if only true: 3 of 6
# clause outcomes (50%), 2 of 2 steps planned (100%).
protocol: p.plinth
cases:
  - name: cleared and comfortable
    record: {client: A, pain: 2, cleared: true}
    plan: [massage, stretch]
$ plinth test --coverage --threshold 80 p.test.yaml
== stdout
coverage of p.plinth (1 case):
  steps planned: 2 of 2 (100.0%)
  steps blocked: 0 of 2
  steps skipped: 0 of 2
  clauses true and false: 3 of 6 outcomes (50.0%)
    never true: caution if pain >= 7 (p.plinth:12:7)
    never false: requires cleared (p.plinth:11:7)
    never false: only if pain < 5 (p.plinth:15:7)
  below the threshold of 80%
1 passed, 0 failed
== status 1

# plinth test: protocol does not compile
== p.plinth
protocol p "P" {
  record { a: int }
  check k = b
}
== p.test.yaml
protocol: p.plinth
cases:
  - name: one
    record: {a: 1}
$ plinth test p.test.yaml
== stdout
0 passed, 0 failed
== stderr
p.plinth:3:13: error: no check or field 'b'
  check k = b
            ^
p.plinth: 1 error
== status 2

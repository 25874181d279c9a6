# plinth explain: protocol does not compile
== p.plinth
protocol p "P" {
  record { a: int }
  check c = b > 1
}
$ plinth explain -p p.plinth examples/clients.yaml
== stderr
p.plinth:3:13: error: no field 'b'
  check c = b > 1
            ^
p.plinth: 1 error
== status 2

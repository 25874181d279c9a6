# plinth explain: --strict
== p.plinth < fixtures/intake-explain.plinth
== r.yaml
client: A-1
pain: 8
tilt: anterior
signs: []
extra: 1
$ plinth explain --strict -p p.plinth r.yaml
== stdout
A-1 (record 1, r.yaml:1)
  error: r.yaml:5:1: undeclared key 'extra'
== status 1

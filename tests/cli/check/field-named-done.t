# plinth check: field named done
== p.plinth
protocol demo "Demo" {
  record {
    done: set of {release}
  }
  stage treat "Treat" {
    step release "Release" { only if release in done }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:3:5: error: 'done' is reserved for the list of steps already completed
    done: set of {release}
    ^~~~
p.plinth: 1 error
== status 1

# plinth check: keyword as name
== p.plinth
protocol demo "Demo" {
  record {
    history.count: int
  }
  stage treat "Treat" {
    step release "Release" { only if history.count >= 3 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:3:13: error: expected a name, but found 'count'; 'count' is a keyword: write `count` to use it as a name
    history.count: int
            ^~~~~
p.plinth:6:46: error: expected a name, but found 'count'; 'count' is a keyword: write `count` to use it as a name
    step release "Release" { only if history.count >= 3 }
                                             ^~~~~
p.plinth: 2 errors
== status 1

# plinth check, lint: syntax keyword as name
== p.plinth
# A keyword where a name belongs: the message says how to use it as one.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step caution "Work with caution" { only if pain >= 7 }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:7:10: error: expected a name, but found 'caution'; 'caution' is a keyword: write `caution` to use it as a name
    step caution "Work with caution" { only if pain >= 7 }
         ^~~~~~~
p.plinth: 1 error
== status 1

# plinth check: bad escape
== p.plinth
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      note "C:\path"
    }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:8:15: error: unknown escape '\p' in string (use \" \\ \n or \t)
      note "C:\path"
              ^~
p.plinth: 1 error
== status 1

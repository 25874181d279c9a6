# plinth check, lint: syntax unclosed brace at end of file
== p.plinth
# The protocol's closing brace is missing: the error at the end of the
# file says which brace is still open.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 7
    }
  }
$ plinth check p.plinth
== stderr
p.plinth:11:4: error: expected 'stage' or '}', but found the end of the file (to close '{' opened at line 3)
  }
   ^
p.plinth: 1 error
== status 1

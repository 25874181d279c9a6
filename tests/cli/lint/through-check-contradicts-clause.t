# plinth check, lint: through check contradicts clause
== p.plinth
# The check alone is fine, but the clause contradicts it: the linter
# looks through the check's condition.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  check sore "Is the client in a lot of pain?" = pain >= 7
  stage treat "Treat" {
    step release "Release" { only if sore and pain < 3 }
    step stretch "Stretch" { only if sore }
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:38: warning: 'only if sore and pain < 3' is always false: step 'release' can never apply
    step release "Release" { only if sore and pain < 3 }
                                     ^~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning

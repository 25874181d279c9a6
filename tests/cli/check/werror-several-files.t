# plinth check: --werror: several files
== clean.plinth < fixtures/clean.plinth
== warn.plinth
# One warning: an empty stage.
protocol warn "Warn" {
  record {
    pain: int in 0..10
  }
  stage assess "Assess" {
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
$ plinth check --werror clean.plinth; echo "clean: $?"; plinth check --werror warn.plinth clean.plinth; echo "warn, clean: $?"; plinth check --werror clean.plinth warn.plinth; echo "clean, warn: $?"; plinth check clean.plinth warn.plinth; echo "without --werror: $?"
== stdout
clean: 0
warn, clean: 1
clean, warn: 1
without --werror: 0
== stderr
warn.plinth:6:9: warning: stage 'assess' has no steps
  stage assess "Assess" {
        ^~~~~~
warn.plinth: 0 errors, 1 warning
warn.plinth:6:9: warning: stage 'assess' has no steps
  stage assess "Assess" {
        ^~~~~~
warn.plinth: 0 errors, 1 warning
warn.plinth:6:9: warning: stage 'assess' has no steps
  stage assess "Assess" {
        ^~~~~~
warn.plinth: 0 errors, 1 warning

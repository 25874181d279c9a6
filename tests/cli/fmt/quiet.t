# plinth fmt: --quiet
== broken.plinth < fixtures/broken.plinth
== messy.plinth
protocol demo "Demo" {
 record { pain: int in 0..10 }
stage s "S" { step a "A" { only if pain>3 } } }
$ plinth fmt -q --check protocols/iliopsoas.plinth; echo "formatted: $?"; plinth fmt -q --check protocols/iliopsoas.plinth messy.plinth; echo "not formatted: $?"; plinth fmt --quiet --diff messy.plinth; echo "diff: $?"; plinth fmt -q broken.plinth; echo "syntax error: $?"; plinth fmt -q --check missing.plinth
== stdout
formatted: 0
not formatted: 1
diff: 1
syntax error: 1
== status 2

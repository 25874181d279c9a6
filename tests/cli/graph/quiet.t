# plinth graph: --quiet
== bad.plinth < fixtures/does-not-compile.plinth
$ plinth graph -q protocols/iliopsoas.plinth; echo "draws: $?"; plinth graph -q bad.plinth
== stdout
draws: 0
== status 2

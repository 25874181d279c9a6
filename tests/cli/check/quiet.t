# plinth check: --quiet
== bad.plinth < fixtures/does-not-compile.plinth
== warn.plinth < fixtures/unused-field.plinth
$ plinth check -q bad.plinth; echo "bad: $?"; plinth check --quiet protocols/iliopsoas.plinth; echo "clean: $?"; plinth check -q --werror warn.plinth; echo "warnings with --werror: $?"; plinth check -q -f sarif bad.plinth; echo "sarif: $?"; plinth check -q missing.plinth
== stdout
bad: 1
clean: 0
warnings with --werror: 1
sarif: 1
== status 2

# plinth test: usage errors
$ plinth test; echo "status $?"; plinth test --threshold 50 x.test.yaml; echo "status $?"; plinth test --coverage --threshold 150 x.test.yaml; echo "status $?"; plinth test --run "(" x.test.yaml; echo "status $?"; plinth test --bogus x.test.yaml
== stdout
status 2
status 2
status 2
status 2
== stderr
plinth test: no test file given
Try 'plinth test --help'.
plinth test: --threshold goes with --coverage
Try 'plinth test --help'.
plinth test: --threshold takes a percentage from 0 to 100, not '150'
Try 'plinth test --help'.
plinth test: --run: '(' is not a valid regular expression
Try 'plinth test --help'.
plinth test: unknown option '--bogus'
Try 'plinth test --help'.
== status 2

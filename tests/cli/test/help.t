# plinth test: --help
$ plinth test --help
== stdout
usage: plinth test [-v] [-q] [--run PATTERN] [--junit FILE] [--coverage [--threshold PCT]] FILE...

Runs protocol test files (*.test.yaml): each names its protocol and
lists cases, a record and what must come of it (plan, blocked, done,
skipped).  A failing case shows expected against actual as a diff.

  -v, --verbose        name every case, passing ones too
      --run PATTERN    run only cases whose name matches this extended
                       regular expression
      --junit FILE     also write the results as JUnit XML
      --coverage       report which steps were planned, blocked and
                       skipped, and which clauses were true and false
      --threshold PCT  with --coverage: fail when step or clause
                       coverage is below PCT percent
  -q, --quiet          print nothing; only the exit status tells (the
                       --junit file is still written)
  -h, --help           show this help

The last line is 'N passed, N failed'.  Exit status: 0 all passed,
1 a case failed or coverage is below the threshold, 2 usage error,
unreadable file or a protocol that does not compile.

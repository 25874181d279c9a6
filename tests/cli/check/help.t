# plinth check: --help
$ plinth check --help
== stdout
usage: plinth check [--werror] [-f text|json|sarif] [-q] FILE...

Compiles each protocol and reports every error and warning as
FILE:LINE:COL: error: MESSAGE, with the source line and a caret.

  --werror             treat warnings as errors
  -f, --format FORMAT  text (default, on stderr), json (JSON Lines on
                       stdout) or sarif (SARIF 2.1.0 on stdout)
  -q, --quiet          print nothing; only the exit status tells
  -h, --help           show this help

Exit status: 0 no errors, 1 errors (or warnings with --werror),
2 usage error or unreadable file.

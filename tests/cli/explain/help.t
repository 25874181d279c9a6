# plinth explain: --help
$ plinth explain --help
== stdout
usage: plinth explain -p PROTOCOL [-f text|json] [--strict] [-q] [RECORD]

Shows how the protocol decides a client record: its plan as 'plinth plan'
prints it, then every check and every clause of every step with its
value (true, false or unknown), the field values it read and where the
record gave each (file:line:col), and for an unknown, the fields that
were missing.  A file of several YAML documents is explained record by
record, like 'plinth plan --explain'.  '-' or no file: stdin.

  -p, --protocol FILE      the protocol to apply (required)
  -f, --format FORMAT      text (default) or json (JSON Lines: the plan's
                           object with an "explain" member)
      --strict             undeclared record keys are record errors
  -q, --quiet              print nothing; only the exit status tells
  -h, --help               show this help

Exit status: 0 ok, 1 a record was invalid, 2 usage error, protocol
does not compile or the file cannot be read.

# plinth plan: --help
$ plinth plan --help
== stdout
usage: plinth plan -p PROTOCOL [options] [RECORDS...]

Reads client records (YAML; several documents per file; '-' or no file
for stdin) and prints, for each, the ordered plan and the blocked steps.

  -p, --protocol FILE      the protocol to apply (required)
  -f, --format FORMAT      text (default), json (JSON Lines) or tsv
      --explain            with each record, every check and clause with
                           its value and the fields it read, and where
                           the record gave each (text or json, not tsv)
      --strict             undeclared record keys are record errors
      --only STATUS,...    show only steps that are planned, blocked,
                           skipped or done
      --fail-on KIND,...   exit 3 when a step is blocked for one of these
                           reasons: contraindicated, unassessed, unmet,
                           dependency, or blocked (any)
  -q, --quiet              print nothing; still read every record, and
                           only set the exit status
  -j, --jobs N             plan on N threads (0: one per core); the output
                           is the same as with one
  -h, --help               show this help

Exit status: 0 ok, 1 some record was invalid, 2 usage error, protocol
does not compile or a file cannot be read, 3 --fail-on matched.

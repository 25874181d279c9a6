# plinth fmt: --help
$ plinth fmt --help
== stdout
usage: plinth fmt [-w | --check | --diff] [-q] [FILE...]

Lays each protocol out in its one canonical layout, keeping every
comment, and prints it; '-' or no FILE reads stdin.  The result means
the same, and formatting it again changes nothing.

  -w, --write   rewrite each file that is not formatted, in place
      --check   print the name of each file that is not formatted
      --diff    print a unified diff of what formatting would change
  -q, --quiet   print nothing; only the exit status tells (with --check:
                whether every file is formatted)
  -h, --help    show this help

Exit status: 0 ok (with --check or --diff: every file is formatted);
1 a file has syntax errors (it is left alone), or with --check or
--diff some file is not formatted; 2 usage error, or a file cannot be
read or written.

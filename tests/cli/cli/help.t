# plinth: --help
$ plinth --help
== stdout
usage: plinth COMMAND [OPTIONS] [ARGS]

Commands:
  check FILE...                     compile protocols; report errors and warnings
  plan -p PROTOCOL [RECORDS...]     plan each client record: ordered steps,
                                    blocked steps and why
  fmt [-w|--check|--diff] [FILE...] lay protocols out in the one canonical way
  graph [-f dot|mermaid] PROTOCOL   draw a protocol's stages, steps and order
  explain -p PROTOCOL [RECORD]      every check and clause, with the values read
  test [--coverage] FILE...         run protocol test files (*.test.yaml)

Options:
  -h, --help      show this help (or 'plinth COMMAND --help')
  --version       print the version

See plinth(1) and plinth-protocol(5).

# plinth graph: --help
$ plinth graph --help
== stdout
usage: plinth graph [--format dot|mermaid] [-q] PROTOCOL

Writes the protocol as a graph: stages as clusters in order, steps as
nodes, 'after' as edges, requirements and contraindications as notes.

  -f, --format dot|mermaid   Graphviz DOT (default) or Mermaid
  -q, --quiet                print nothing; only the exit status tells
                             whether the protocol can be drawn
  -h, --help                 show this help

  plinth graph p.plinth | dot -Tsvg > p.svg

Exit status: 0 ok, 2 usage error, unreadable file or a protocol that
does not compile.

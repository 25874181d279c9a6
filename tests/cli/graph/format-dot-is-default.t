# plinth graph: format DOT is default
== p.plinth < fixtures/graph-demo.plinth
$ plinth graph -f dot p.plinth >a && plinth graph p.plinth >b && cmp a b && plinth graph -f mermaid p.plinth >c && plinth graph --format=mermaid p.plinth >d && cmp c d && echo same
== stdout
same

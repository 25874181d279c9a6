# plinth check: SARIF columns count code points
== p.plinth
# Columns count characters, not bytes, as columnKind says: 'Réléase'
# is seven columns wide.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Réléase" { only if pian >= 7 }
  }
}
$ plinth check --format sarif p.plinth > out.sarif; s=$?; jq -c ".runs[0].columnKind, (.runs[0].results[] | [.ruleId, .locations[0].physicalLocation.region])" out.sarif; plinth check p.plinth; exit $s
== stdout
"unicodeCodePoints"
["undefined-name",{"startLine":8,"startColumn":38,"endLine":8,"endColumn":42}]
== stderr
p.plinth:8:38: error: no field 'pian'; did you mean 'pain'?
    step release "Réléase" { only if pian >= 7 }
                                     ^~~~
p.plinth: 1 error
== status 1

# plinth check: SARIF clean
== p.plinth
# A protocol with no errors and no warnings: an empty results array.
protocol demo "Demo" {
  record {
    client: text id
    pain:   int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
== sarif.jq < fixtures/sarif.jq
$ plinth check --format sarif p.plinth > out.sarif; s=$?; jq -r -f sarif.jq out.sarif; jq -c ".runs[0].results" out.sarif; exit $s
== stdout
version is 2.1.0: true
$schema: https://json.schemastore.org/sarif-2.1.0.json
one run: true
driver: plinth, version is a string: true
rule ids unique: true
every rule has a description and a default level: true
results: 0
every result has message.text: true
ruleId is rules[ruleIndex].id: true
level is error or warning: true
one location each, with a uri: true
regions start at 1 or later and are not empty: true
[]

# plinth check: SARIF syntax error at end of file
== p.plinth
# The closing brace of the protocol is missing: the error points at the
# end of the file, and its region is still one column wide.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
== sarif.jq < fixtures/sarif.jq
$ plinth check --format sarif p.plinth > out.sarif; s=$?; jq -r -f sarif.jq out.sarif; exit $s
== stdout
version is 2.1.0: true
$schema: https://json.schemastore.org/sarif-2.1.0.json
one run: true
driver: plinth, version is a string: true
rule ids unique: true
every rule has a description and a default level: true
results: 1
every result has message.text: true
ruleId is rules[ruleIndex].id: true
level is error or warning: true
one location each, with a uri: true
regions start at 1 or later and are not empty: true
["syntax","error","p.plinth",9,4,9,5,"expected 'stage' or '}', but found the end of the file (to close '{' opened at line 3)"]
== status 1

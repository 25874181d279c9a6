# plinth check: SARIF unreadable file
== p.plinth
# One warning; the other file named on the command line does not exist.
protocol demo "Demo" {
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
== sarif.jq < fixtures/sarif.jq
$ plinth check --format sarif missing.plinth p.plinth > out.sarif; s=$?; jq -r -f sarif.jq out.sarif; exit $s
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
["unused-field","warning","p.plinth",5,5,5,8,"field 'age' is never used"]
== stderr
plinth: cannot read 'missing.plinth': No such file or directory
== status 2

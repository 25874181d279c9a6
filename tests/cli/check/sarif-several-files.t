# plinth check: SARIF several files
== clean.plinth < fixtures/clean.plinth
== dir/bad.plinth
# One error, in a subdirectory.
protocol bad "Bad" {
  record {
    pain: int in 0..10
  }
  stage treat "Treat" {
    step release "Release" { only if pian >= 7 }
  }
}
== mine.plinth
# One warning, in a file whose name has a space.
protocol mine "Mine" {
  record {
    pain: int in 0..10
  }
  stage assess "Assess" {
  }
  stage treat "Treat" {
    step release "Release" { only if pain >= 7 }
  }
}
== sarif.jq < fixtures/sarif.jq
$ mv mine.plinth "my protocol.plinth"
> plinth check --format sarif clean.plinth "my protocol.plinth" dir/bad.plinth > out.sarif; s=$?
> echo "one JSON document: $(jq -s length out.sarif)"
> jq -r -f sarif.jq out.sarif
> jq -c "[.runs[0].results[].locations[0].physicalLocation.artifactLocation.uri]" out.sarif
> exit $s
== stdout
one JSON document: 1
version is 2.1.0: true
$schema: https://json.schemastore.org/sarif-2.1.0.json
one run: true
driver: plinth, version is a string: true
rule ids unique: true
every rule has a description and a default level: true
results: 2
every result has message.text: true
ruleId is rules[ruleIndex].id: true
level is error or warning: true
one location each, with a uri: true
regions start at 1 or later and are not empty: true
["empty-stage","warning","my%20protocol.plinth",6,9,6,15,"stage 'assess' has no steps"]
["undefined-name","error","dir/bad.plinth",7,38,7,42,"no field 'pian'; did you mean 'pain'?"]
["my%20protocol.plinth","dir/bad.plinth"]
== status 1

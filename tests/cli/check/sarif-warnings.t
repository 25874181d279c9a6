# plinth check: SARIF warnings
== p.plinth
# Warnings of every kind in one SARIF log; the exit status is 0.
protocol demo "Demo" {
  reference massey2013 "Massey et al. (2013)."
  record {
    pain: int in 0..10
    age:  int in 0..120
  }
  check never "Impossible pain?" = pain > 7 and pain < 3
  check spare "Moderate pain?" = pain >= 5
  stage assess "Assess" {
  }
  stage treat "Treat" {
    step release "Release" { only if never }
    step stretch "Stretch" { only if pain >= 3 caution if true "always" }
  }
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
results: 7
every result has message.text: true
ruleId is rules[ruleIndex].id: true
level is error or warning: true
one location each, with a uri: true
regions start at 1 or later and are not empty: true
["unused-reference","warning","p.plinth",3,13,3,23,"reference 'massey2013' is never cited"]
["unused-field","warning","p.plinth",6,5,6,8,"field 'age' is never used"]
["constant-condition","warning","p.plinth",8,36,8,57,"check 'never' is always false"]
["unused-check","warning","p.plinth",9,9,9,14,"check 'spare' is never used"]
["empty-stage","warning","p.plinth",10,9,10,15,"stage 'assess' has no steps"]
["never-applies","warning","p.plinth",13,38,13,43,"'only if never' is always false: step 'release' can never apply"]
["constant-condition","warning","p.plinth",14,59,14,63,"'caution if true' is always true"]

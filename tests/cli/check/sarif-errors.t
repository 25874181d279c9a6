# plinth check: SARIF errors
== p.plinth
# Errors in a SARIF log: level error, and the exit status is 1.
protocol demo "Demo" {
  reference massey2013 "Massey et al. (2013)."
  record {
    pain: int in 0..10
    tilt: one of {neutral, anterior}
  }
  check sore = pain >= "7"
  stage treat "Treat" {
    step release "Release" {
      only if tilt == posterior
      contraindicated if sore "too sore" cite massey2031
    }
    step release "Release again"
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
results: 4
every result has message.text: true
ruleId is rules[ruleIndex].id: true
level is error or warning: true
one location each, with a uri: true
regions start at 1 or later and are not empty: true
["type","error","p.plinth",8,16,8,27,"cannot compare a number with text"]
["member","error","p.plinth",11,23,11,32,"'posterior' is not a member of 'tilt' (neutral, anterior)"]
["undefined-name","error","p.plinth",12,47,12,57,"no reference 'massey2031'; did you mean 'massey2013'?"]
["duplicate-name","error","p.plinth",14,10,14,17,"step 'release' is already declared at line 10"]
== status 1

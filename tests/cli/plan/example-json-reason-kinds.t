# plinth plan: example JSON reason kinds
$ plinth plan -p protocols/iliopsoas.plinth -f json examples/clients.yaml > out.jsonl; s=$?; jq -c "[.id, [.blocked[]? | .step, [.reasons[].kind]]]" out.jsonl; exit $s
== stdout
["C-0042",["iliopsoas_release",["contraindicated","unmet"],"hip_flexor_stretch",["dependency"]]]
["C-0107",[]]
["C-0213",["iliopsoas_release",["contraindicated","contraindicated"],"hip_flexor_stretch",["dependency"]]]
["C-0250",["iliopsoas_release",["unassessed"],"hip_flexor_stretch",["dependency"]]]
["C-0311",["iliopsoas_release",["unassessed"],"pelvic_tilts",["unassessed"],"hip_flexor_stretch",["dependency"]]]
["C-0388",[]]
["C-0099",[]]
["C-0455",["iliopsoas_release",["contraindicated","contraindicated","unmet"],"hip_flexor_stretch",["dependency"]]]
== status 1

# plinth plan: unassessed fields
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/unassessed-fields.yaml
$ plinth plan -p p.plinth -f json r.yaml > out.jsonl; s=$?; jq -c ".blocked[] | [.step, (.reasons[] | [.kind, .fields, .message])]" out.jsonl; exit $s
== stdout
["release",["unassessed",["tilt","posture.lordosis"],"tilt, posture.lordosis missing (only if tilt == anterior or posture.lordosis == hyper)"],["unassessed",["improved"],"improved missing (requires improved)"]]
["breaks",["unassessed",["hours"],"hours missing (only if hours >= 6)"]]

# plinth plan: reasons order, JSON output
== p.plinth < fixtures/reasons-order.plinth
== r.yaml < fixtures/reasons-order.yaml
$ plinth plan -p p.plinth -f json r.yaml > out.jsonl; s=$?; jq -c ".blocked[] | select(.step == \"massage\") | .reasons[]" out.jsonl; exit $s
== stdout
{"kind":"contraindicated","message":"swelling","cite":["r1"],"at":"p.plinth:25:7"}
{"kind":"contraindicated","message":"severe pain","cite":["r1","r2"],"at":"p.plinth:26:7"}
{"kind":"unassessed","message":"signed missing (requires signed)","fields":["signed"],"at":"p.plinth:24:7"}
{"kind":"unassessed","message":"fever missing (contraindicated if fever)","fields":["fever"],"at":"p.plinth:27:7"}
{"kind":"unmet","message":"not cleared","at":"p.plinth:23:7"}
{"kind":"unmet","message":"pain must be scored","at":"p.plinth:28:7"}
{"kind":"dependency","message":"after warm_up, which is blocked","after":"warm_up"}
{"kind":"dependency","message":"after walk, which is blocked","after":"walk"}

# plinth explain: JSON (through jq)
== p.plinth < fixtures/intake-explain.plinth
== r.yaml < fixtures/explain-one.yaml
$ plinth explain -p p.plinth --format json r.yaml > out.jsonl; s=$?; jq -r '.explain | (.checks[] | [.check, .value, (.fields | map(.field + "=" + (.value // "null")) | join(" ")), (.missing | join(","))] | @tsv), (.steps[] | .step as $s | .status as $t | .clauses[] | [$s, $t, .clause, .condition, .value, (.message // "-"), .at, (.fields | map(.field + "@" + (.at // "-")) | join(" ")), (.missing | join(","))] | @tsv)' out.jsonl; exit $s
== stdout
sitting	unknown	hours=null	hours
pattern	true	tilt=anterior posture.lordosis=null	posture.lordosis
release	blocked	requires	pain is known	true	pain must be assessed	p.plinth:17:5	pain@r.yaml:2:7\t (esc)
release	blocked	only if	pattern	true	-	p.plinth:19:7	tilt@r.yaml:3:7 posture.lordosis@-	posture.lordosis
release	blocked	requires	improved	unknown	posture has not improved	p.plinth:20:7	improved@-	improved
release	blocked	contraindicated if	signs is not empty	false	nerve signs	p.plinth:21:7	signs@r.yaml:4:8\t (esc)
release	blocked	caution if	pain >= 7	true	go gently	p.plinth:22:7	pain@r.yaml:2:7\t (esc)
breaks	blocked	requires	pain is known	true	pain must be assessed	p.plinth:17:5	pain@r.yaml:2:7\t (esc)
breaks	blocked	only if	sitting	unknown	-	p.plinth:24:36	hours@-	hours

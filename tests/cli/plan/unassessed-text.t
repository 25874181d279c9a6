# plinth plan: unassessed, text output
== p.plinth < fixtures/intake.plinth
== r.yaml < fixtures/unassessed-fields.yaml
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    release: Release
      unassessed: tilt, posture.lordosis missing (only if tilt == anterior or posture.lordosis == hyper)
      unassessed: improved missing (requires improved)
    breaks: Sitting breaks
      unassessed: hours missing (only if hours >= 6)

# plinth plan: only if false beats unknown
== p.plinth
# An "only if" that is false skips the step even when other clauses are
# unknown; an unknown "only if" with a true one blocks it as unassessed.
protocol skipping "Skipping" {
  record {
    client: text id
    tight: bool
    acute: bool
    cleared: bool
  }
  stage s "S" {
    step release "Release" {
      only if tight
      only if not acute
      requires cleared "not cleared"
    }
  }
}
== r.yaml
client: A
tight: false
---
client: B
tight: true
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  skipped: release

B (record 2, r.yaml:3)
  plan: nothing to do
  blocked:
    release: Release
      unassessed: acute missing (only if not acute)
      unassessed: cleared missing (requires cleared)

# plinth fmt: semantic errors
== p.plinth
protocol p "Names that do not resolve: fmt only parses" {
record { x: int }
check c = y > 1 and undefined_check
stage s "S" { step a "A" { after nowhere contraindicated if x == "text" "mismatched" cite no_ref } step a "Again" }
}
$ plinth fmt p.plinth && plinth check p.plinth 2>/dev/null; echo "check: $?"
== stdout
protocol p "Names that do not resolve: fmt only parses" {
  record {
    x: int
  }

  check c = y > 1 and undefined_check

  stage s "S" {
    step a "A" {
      after nowhere
      contraindicated if x == "text" "mismatched" cite no_ref
    }
    step a "Again"
  }
}
check: 1

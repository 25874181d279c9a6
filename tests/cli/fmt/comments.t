# plinth fmt: comments
== p.plinth
# Before the protocol.
protocol p "Where comments go" { # after an opening brace
  record { x: int # after a field
    y: bool
    # before a closing brace
  }
  check c "Q" # between the question and '='
    = x > 1 and # inside a condition
      y
  stage s "S" {
    step a "A" # after a step
    step b "B" {
      requires c # after a clause
      only if x # inside a clause
        < 5
    } # after a closing brace
  }
}
# After the protocol.
$ plinth fmt p.plinth
== stdout
# Before the protocol.
protocol p "Where comments go" { # after an opening brace
  record {
    x: int # after a field
    y: bool
    # before a closing brace
  }

  # between the question and '='
  # inside a condition
  check c "Q" = x > 1 and y

  stage s "S" {
    step a "A" # after a step
    step b "B" {
      requires c # after a clause
      # inside a clause
      only if x < 5
    } # after a closing brace
  }
}
# After the protocol.

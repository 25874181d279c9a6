# plinth fmt: empty blocks
== p.plinth
protocol p "Empty blocks" { record { }
  stage empty_stage "Nothing in it" { }
  stage s "S" { step no_braces "A" step empty_braces "B" { } step comment_inside "C" { # kept
  } }
}
$ plinth fmt p.plinth
== stdout
protocol p "Empty blocks" {
  record {
  }

  stage empty_stage "Nothing in it" {
  }

  stage s "S" {
    step no_braces "A"
    step empty_braces "B"
    step comment_inside "C" { # kept
    }
  }
}

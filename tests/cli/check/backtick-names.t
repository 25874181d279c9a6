# plinth check: backtick names
== p.plinth
# Keywords and names with dashes are written in backticks.
protocol demo "Demo" {
  record {
    history.`count`: int
    `date-of-birth`: text
  }
  stage treat "Treat" {
    step release "Release" { only if history.`count` >= 3 and `date-of-birth` is known }
  }
}
$ plinth check p.plinth

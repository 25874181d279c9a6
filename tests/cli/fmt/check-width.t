# plinth fmt: check width
== p.plinth
protocol p "Checks of 80 and 81 columns (characters, not bytes)" {
  record {
    x: int
  }
  check eighty "This check is exactly eighty columns wide: it stays" = x > 10000
  check eighty_one "This check is eighty-one columns wide: it breaks" = x > 10000
  check no_question_but_a_long_condition = x > 1 and x < 1000 and x != 500 and x != 7
  check accents "Accents count once: é, è, ê, ë, ç, à; this one stays!!" = x > 1
  check short
    = x > 1
}
$ plinth fmt p.plinth
== stdout
protocol p "Checks of 80 and 81 columns (characters, not bytes)" {
  record {
    x: int
  }

  check eighty "This check is exactly eighty columns wide: it stays" = x > 10000
  check eighty_one "This check is eighty-one columns wide: it breaks"
    = x > 10000
  check no_question_but_a_long_condition
    = x > 1 and x < 1000 and x != 500 and x != 7
  check accents "Accents count once: é, è, ê, ë, ç, à; this one stays!!" = x > 1
  check short = x > 1
}

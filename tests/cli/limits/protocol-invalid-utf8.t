# limits on records and protocols: protocol invalid UTF-8
# bytes that are not UTF-8 in a string, and non-ASCII outside strings
# and comments: errors at their place
$ printf 'protocol p "P" {\n  record {\n    pain: int\n  }\n  stage s "caf\351" {\n    step a "A" { only if pain \342\211\245 1 }\n  }\n}\n' > p.plinth
> plinth check p.plinth
== stderr
p.plinth:5:11: error: invalid UTF-8 in string
  stage s "caf\xe9" {
          ^~~~~~~~~
p.plinth:6:31: error: unexpected non-ASCII character outside a string or comment
    step a "A" { only if pain ≥ 1 }
                              ^
p.plinth:6:33: error: expected a clause, an operator, 'not', 'is', '}' or '.', but found a number
    step a "A" { only if pain ≥ 1 }
                                ^
p.plinth: 3 errors
== status 1

# plinth fmt: write syntax error
== bad.plinth < fixtures/syntax-error.plinth
== good.plinth
protocol good "Good"   {record{x:bool}}
$ cp bad.plinth bad.before
> plinth fmt -w bad.plinth good.plinth
> echo "status $?"
> cmp bad.plinth bad.before && echo "bad.plinth untouched"
> cat good.plinth
== stdout
status 1
bad.plinth untouched
protocol good "Good" {
  record {
    x: bool
  }
}
== stderr
bad.plinth:6:37: error: expected a condition, but found '}'
    step a "A" { only if x requires }
                                    ^
bad.plinth: 1 error

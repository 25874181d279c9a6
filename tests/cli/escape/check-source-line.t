# escaping what is printed: check source line
== p.plinth
# Raw ESC and CSI (C1) inside strings, a tab, and an ESC in a
# backtick name: the source line is shown escaped, tabs kept, and the
# caret and its tildes stand under the escaped text.
protocol p "P" {
  record {
    pain: int in 0..10
  }
  stage s "S\x1b[31m red \xc2\x9b" { (esc)
	step a "A \xc2\x9b2J	x\x1bc" { only if pian > 3 } (esc)
	step b "B\x1b]0;t\x07" { only if `pa\x1bin` > 3 } (esc)
  }
}
$ plinth check p.plinth
== stderr
p.plinth:9:31: error: no field 'pian'; did you mean 'pain'?
	step a "A \u{9b}2J	x\x1bc" { only if pian > 3 }
	                  	                  ^~~~
p.plinth:10:29: error: no field 'pa\x1bin'; did you mean 'pain'?
	step b "B\x1b]0;t\x07" { only if `pa\x1bin` > 3 }
	                                 ^~~~~~~~~~
p.plinth: 2 errors
== status 1

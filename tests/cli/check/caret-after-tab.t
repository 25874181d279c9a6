# plinth check: caret after tab
== p.plinth
protocol demo "Demo" {
	record {
		pain: int in 0..10
	}
	stage treat "Treat" {
		step release "Release" { only if pian >= 3 }
	}
}
$ plinth check p.plinth
== stderr
p.plinth:6:36: error: no field 'pian'; did you mean 'pain'?
		step release "Release" { only if pian >= 3 }
		                                 ^~~~
p.plinth: 1 error
== status 1

# plinth check, lint: number between whole numbers: no warning
== p.plinth
# A number can lie strictly between 7 and 8 (7.5): no warning.  Neither
# for an int range with room in it (pain 4).
protocol demo "Demo" {
  record {
    hours: number in 0..24
    pain:  int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if hours > 7 and hours < 8
      caution if pain > 3 and pain < 5 "work within the client's comfort"
    }
  }
}
$ plinth check p.plinth

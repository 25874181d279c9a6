# plinth plan: requires without message
== p.plinth
# Without a message, an unmet requirement shows its condition.
protocol requirements "Requirements" {
  record {
    client: text id
    cleared: bool
    pain: int in 0..10
  }
  stage s "S" {
    step massage "Massage" {
      requires cleared
      requires pain < 7
    }
  }
}
== r.yaml
client: A
cleared: false
pain: 9
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    massage: Massage
      unmet: requires cleared
      unmet: requires pain < 7

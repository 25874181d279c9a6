# plinth plan: done wins
== p.plinth
# A step in the record's done list is done, whatever its clauses say.
protocol finished "Done" {
  record {
    client: text id
    swelling: bool
  }
  stage s "S" {
    step massage "Massage" { contraindicated if swelling "swelling" }
    step stretch "Stretch" { after massage }
  }
}
== r.yaml
client: A
swelling: true
done: [massage]
---
client: B
done: [massage, massage, stretch]
$ plinth plan -p p.plinth r.yaml
== stdout
A (record 1, r.yaml:1)
  plan:
    1. stretch: Stretch
  done: massage

B (record 2, r.yaml:4)
  plan: nothing to do
  done: massage, stretch

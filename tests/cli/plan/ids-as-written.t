# plinth plan: ids as written
== p.plinth
protocol ids "Ids as written" {
  record {
    patient: int id
    pain: int in 0..10
  }
  stage s "Treat" {
    step treat "Treat" { requires pain <= 5 "too much pain" }
  }
}
== r.yaml
# two ids that %.15g would print alike: one planned, one blocked
patient: 1234567890123456
pain: 2
---
patient: 1234567890123457
pain: 9
---
# leading zeros are part of the id
patient: 0001234
pain: 2
---
patient: !!int 77
pain: 2
---
patient: -0
pain: 2
$ plinth plan -p p.plinth r.yaml
> plinth plan -p p.plinth -f tsv r.yaml
> plinth plan -p p.plinth -f json r.yaml | jq -c '[.id, .record]'
== stdout
1234567890123456 (record 1, r.yaml:2)
  plan:
    1. treat: Treat

1234567890123457 (record 2, r.yaml:4)
  plan: nothing to do
  blocked:
    treat: Treat
      unmet: too much pain

0001234 (record 3, r.yaml:7)
  plan:
    1. treat: Treat

77 (record 4, r.yaml:11)
  plan:
    1. treat: Treat

-0 (record 5, r.yaml:14)
  plan:
    1. treat: Treat
record	id	seq	step	stage	status	reasons
1	1234567890123456	1	treat	s	planned\t (esc)
2	1234567890123457		treat	s	blocked	unmet: too much pain
3	0001234	1	treat	s	planned\t (esc)
4	77	1	treat	s	planned\t (esc)
5	-0	1	treat	s	planned\t (esc)
["1234567890123456",1]
["1234567890123457",2]
["0001234",3]
["77",4]
["-0",5]

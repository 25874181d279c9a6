# evaluation: in list not in and missing
== p.plinth
# 'in' and 'not in' a list of texts and of numbers: a missing value is
# unknown either way, and the step is blocked as unassessed.
protocol lists "Lists" {
  record {
    client: text id
    code: text
    dose: number
    visits: int
  }
  stage s "S" {
    step listed "Listed code" { only if code in {"A1", "B2", "ü", ""} }
    step unlisted "Unlisted code" { only if code not in {"A1", "B2"} }
    step usual "Usual dose" { requires dose in {0.5, 1, 2.5} "an unusual dose" }
    step doubled "Doubled dose" { contraindicated if dose * 2 not in {1, 2, 5} "the doubled dose is unusual" }
    step either "Either" { only if code in {"A1"} or visits in {1, 2} }
  }
}
== r.yaml
{client: listed, code: A1, dose: 1.0, visits: 3}
--- {client: other, code: Z9, dose: 0.75, visits: 2}
--- {client: unicode, code: "ü", dose: 2.5}
--- {client: empty, code: "", dose: 0.5, visits: 1}
--- {client: nothing}
$ plinth plan -p p.plinth r.yaml; plinth plan -p p.plinth -f json r.yaml
== stdout
listed (record 1, r.yaml:1)
  plan:
    1. listed: Listed code
    2. usual: Usual dose
    3. doubled: Doubled dose
    4. either: Either
  skipped: unlisted

other (record 2, r.yaml:2)
  plan:
    1. unlisted: Unlisted code
    2. either: Either
  blocked:
    usual: Usual dose
      unmet: an unusual dose
    doubled: Doubled dose
      contraindicated: the doubled dose is unusual
  skipped: listed

unicode (record 3, r.yaml:3)
  plan:
    1. listed: Listed code
    2. unlisted: Unlisted code
    3. usual: Usual dose
    4. doubled: Doubled dose
  blocked:
    either: Either
      unassessed: visits missing (only if code in {"A1"} or visits in {1, 2})

empty (record 4, r.yaml:4)
  plan:
    1. listed: Listed code
    2. unlisted: Unlisted code
    3. usual: Usual dose
    4. doubled: Doubled dose
    5. either: Either

nothing (record 5, r.yaml:5)
  plan: nothing to do
  blocked:
    listed: Listed code
      unassessed: code missing (only if code in {"A1", "B2", "ü", ""})
    unlisted: Unlisted code
      unassessed: code missing (only if code not in {"A1", "B2"})
    usual: Usual dose
      unassessed: dose missing (requires dose in {0.5, 1, 2.5})
    doubled: Doubled dose
      unassessed: dose missing (contraindicated if dose * 2 not in {1, 2, 5})
    either: Either
      unassessed: code, visits missing (only if code in {"A1"} or visits in {1, 2})
{"record":1,"source":"r.yaml:1","id":"listed","plan":[{"step":"listed","stage":"s","title":"Listed code","cautions":[]},{"step":"usual","stage":"s","title":"Usual dose","cautions":[]},{"step":"doubled","stage":"s","title":"Doubled dose","cautions":[]},{"step":"either","stage":"s","title":"Either","cautions":[]}],"blocked":[],"done":[],"skipped":["unlisted"]}
{"record":2,"source":"r.yaml:2","id":"other","plan":[{"step":"unlisted","stage":"s","title":"Unlisted code","cautions":[]},{"step":"either","stage":"s","title":"Either","cautions":[]}],"blocked":[{"step":"usual","stage":"s","title":"Usual dose","reasons":[{"kind":"unmet","message":"an unusual dose","at":"p.plinth:13:31"}]},{"step":"doubled","stage":"s","title":"Doubled dose","reasons":[{"kind":"contraindicated","message":"the doubled dose is unusual","cite":[],"at":"p.plinth:14:35"}]}],"done":[],"skipped":["listed"]}
{"record":3,"source":"r.yaml:3","id":"unicode","plan":[{"step":"listed","stage":"s","title":"Listed code","cautions":[]},{"step":"unlisted","stage":"s","title":"Unlisted code","cautions":[]},{"step":"usual","stage":"s","title":"Usual dose","cautions":[]},{"step":"doubled","stage":"s","title":"Doubled dose","cautions":[]}],"blocked":[{"step":"either","stage":"s","title":"Either","reasons":[{"kind":"unassessed","message":"visits missing (only if code in {\"A1\"} or visits in {1, 2})","fields":["visits"],"at":"p.plinth:15:28"}]}],"done":[],"skipped":[]}
{"record":4,"source":"r.yaml:4","id":"empty","plan":[{"step":"listed","stage":"s","title":"Listed code","cautions":[]},{"step":"unlisted","stage":"s","title":"Unlisted code","cautions":[]},{"step":"usual","stage":"s","title":"Usual dose","cautions":[]},{"step":"doubled","stage":"s","title":"Doubled dose","cautions":[]},{"step":"either","stage":"s","title":"Either","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
{"record":5,"source":"r.yaml:5","id":"nothing","plan":[],"blocked":[{"step":"listed","stage":"s","title":"Listed code","reasons":[{"kind":"unassessed","message":"code missing (only if code in {\"A1\", \"B2\", \"ü\", \"\"})","fields":["code"],"at":"p.plinth:11:33"}]},{"step":"unlisted","stage":"s","title":"Unlisted code","reasons":[{"kind":"unassessed","message":"code missing (only if code not in {\"A1\", \"B2\"})","fields":["code"],"at":"p.plinth:12:37"}]},{"step":"usual","stage":"s","title":"Usual dose","reasons":[{"kind":"unassessed","message":"dose missing (requires dose in {0.5, 1, 2.5})","fields":["dose"],"at":"p.plinth:13:31"}]},{"step":"doubled","stage":"s","title":"Doubled dose","reasons":[{"kind":"unassessed","message":"dose missing (contraindicated if dose * 2 not in {1, 2, 5})","fields":["dose"],"at":"p.plinth:14:35"}]},{"step":"either","stage":"s","title":"Either","reasons":[{"kind":"unassessed","message":"code, visits missing (only if code in {\"A1\"} or visits in {1, 2})","fields":["code","visits"],"at":"p.plinth:15:28"}]}],"done":[],"skipped":[]}

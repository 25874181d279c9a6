# evaluation: arithmetic overflow unknown
# a = 1e300 and b = 1e299, written out: a * a and b * b are past the
# largest double.  Beside them, small numbers, numbers whose squares
# just fit (1e150), and b missing.
== p.plinth
# Arithmetic past the largest number (1e300 * 1e300) has no value, like
# a division by zero: unknown, so the step is blocked as unassessed,
# never decided on an infinity or a NaN.
protocol overflow "Overflow" {
  record {
    client: text id
    a: number
    b: number
  }
  stage s "S" {
    step ratio "Ratio" { contraindicated if (a * a) / (b * b) > 2 "a ratio above 2" }
    step difference "Difference" { requires (a * a) - (b * b) <= 0 "a above b" }
    step sum "Sum" { only if a * a + b > 0 }
    step below "Below" { only if b - a * a < 0 }
    step range "Range" { only if a * a in 0..100 }
    step listed "Listed" { only if a * a not in {1, 4} }
  }
}
$ e300=1$(printf '%0300d' 0)
> e299=1$(printf '%0299d' 0)
> e150=1$(printf '%0150d' 0)
> cat >r.yaml <<YAML
> {client: huge, a: $e300, b: $e299}
> --- {client: small, a: 3, b: 2}
> --- {client: fits, a: $e150, b: 1}
> --- {client: b-missing, a: $e300}
> YAML
> plinth plan -p p.plinth r.yaml
> plinth plan -p p.plinth -f json r.yaml | sed -n 1p
== stdout
huge (record 1, r.yaml:1)
  plan: nothing to do
  blocked:
    ratio: Ratio
      unassessed: cannot be evaluated (contraindicated if a * a / (b * b) > 2)
    difference: Difference
      unassessed: cannot be evaluated (requires a * a - b * b <= 0)
    sum: Sum
      unassessed: cannot be evaluated (only if a * a + b > 0)
    below: Below
      unassessed: cannot be evaluated (only if b - a * a < 0)
    range: Range
      unassessed: cannot be evaluated (only if a * a in 0..100)
    listed: Listed
      unassessed: cannot be evaluated (only if a * a not in {1, 4})

small (record 2, r.yaml:2)
  plan:
    1. sum: Sum
    2. below: Below
    3. range: Range
    4. listed: Listed
  blocked:
    ratio: Ratio
      contraindicated: a ratio above 2
    difference: Difference
      unmet: a above b

fits (record 3, r.yaml:3)
  plan:
    1. sum: Sum
    2. below: Below
    3. listed: Listed
  blocked:
    ratio: Ratio
      contraindicated: a ratio above 2
    difference: Difference
      unmet: a above b
  skipped: range

b-missing (record 4, r.yaml:4)
  plan: nothing to do
  blocked:
    ratio: Ratio
      unassessed: b missing (contraindicated if a * a / (b * b) > 2)
    difference: Difference
      unassessed: b missing (requires a * a - b * b <= 0)
    sum: Sum
      unassessed: b missing (only if a * a + b > 0)
    below: Below
      unassessed: b missing (only if b - a * a < 0)
    range: Range
      unassessed: cannot be evaluated (only if a * a in 0..100)
    listed: Listed
      unassessed: cannot be evaluated (only if a * a not in {1, 4})
{"record":1,"source":"r.yaml:1","id":"huge","plan":[],"blocked":[{"step":"ratio","stage":"s","title":"Ratio","reasons":[{"kind":"unassessed","message":"cannot be evaluated (contraindicated if a * a / (b * b) > 2)","fields":[],"at":"p.plinth:11:26"}]},{"step":"difference","stage":"s","title":"Difference","reasons":[{"kind":"unassessed","message":"cannot be evaluated (requires a * a - b * b <= 0)","fields":[],"at":"p.plinth:12:36"}]},{"step":"sum","stage":"s","title":"Sum","reasons":[{"kind":"unassessed","message":"cannot be evaluated (only if a * a + b > 0)","fields":[],"at":"p.plinth:13:22"}]},{"step":"below","stage":"s","title":"Below","reasons":[{"kind":"unassessed","message":"cannot be evaluated (only if b - a * a < 0)","fields":[],"at":"p.plinth:14:26"}]},{"step":"range","stage":"s","title":"Range","reasons":[{"kind":"unassessed","message":"cannot be evaluated (only if a * a in 0..100)","fields":[],"at":"p.plinth:15:26"}]},{"step":"listed","stage":"s","title":"Listed","reasons":[{"kind":"unassessed","message":"cannot be evaluated (only if a * a not in {1, 4})","fields":[],"at":"p.plinth:16:28"}]}],"done":[],"skipped":[]}

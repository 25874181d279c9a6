# plinth check: JSON escaped message
== p.plinth
# A message quoting a string with quotes, a backslash and a tab is
# valid JSON, and reads back as the text output shows it.
protocol demo "Demo" {
  record {
    client: text
    pain:   int in 0..10
  }
  stage treat "Treat" {
    step release "Release" {
      only if pain >= 3
      caution if client == "a \"quoted\" \\ name\t" and false "never"
    }
  }
}
$ plinth check --format json p.plinth > out.jsonl; s=$?
> cat out.jsonl
> jq -r .message out.jsonl
> exit $s
== stdout
{"file":"p.plinth","line":11,"column":18,"end_line":11,"end_column":62,"severity":"warning","code":"constant-condition","message":"'caution if client == \"a \\\"quoted\\\" \\\\ name\\t\" and false' is always false"}
'caution if client == "a \"quoted\" \\ name\t" and false' is always false

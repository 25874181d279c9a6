# plinth check, lint: iliopsoas: no warning
$ plinth check protocols/iliopsoas.plinth; echo "text: $?"; plinth check --werror --format json protocols/iliopsoas.plinth > out.jsonl; echo "json --werror: $?"; jq -s length out.jsonl
== stdout
text: 0
json --werror: 0
0

# plinth plan: example JSON one line per document
$ docs=$(grep -c "^---" examples/clients.yaml); plinth plan -p protocols/iliopsoas.plinth -f json examples/clients.yaml > out.jsonl; s=$?; echo "documents $((docs + 1))"; echo "lines $(wc -l < out.jsonl)"; jq -c "[.record, .id, (.error // \"ok\")]" out.jsonl; exit $s
== stdout
documents 8
lines 8
[1,"C-0042","ok"]
[2,"C-0107","ok"]
[3,"C-0213","ok"]
[4,"C-0250","ok"]
[5,"C-0311","ok"]
[6,"C-0388","ok"]
[7,"C-0099","pain: 14 is outside 0..10"]
[8,"C-0455","ok"]
== status 1

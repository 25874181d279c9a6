# plinth plan: example TSV columns
$ plinth plan -p protocols/iliopsoas.plinth -f tsv examples/clients.yaml > out.tsv; s=$?; awk -F "\t" "{ print NF }" out.tsv | sort -u; exit $s
== stdout
7
== status 1

# streams of records: write error jobs
# Results that cannot be written (a full disk) are reported with the
# reason, with one job and with two, in every format: exit 2
$ for i in $(seq 30); do cat examples/clients.yaml; done > r.yaml
> for j in 1 2; do
> 	for f in text json tsv 'json --explain'; do
> 		plinth plan -j $j -f $f -p protocols/iliopsoas.plinth r.yaml >/dev/full
> 		echo "-j $j -f $f: status $?"
> 	done
> done
== stdout
-j 1 -f text: status 2
-j 1 -f json: status 2
-j 1 -f tsv: status 2
-j 1 -f json --explain: status 2
-j 2 -f text: status 2
-j 2 -f json: status 2
-j 2 -f tsv: status 2
-j 2 -f json --explain: status 2
== stderr
plinth: cannot write the results: No space left on device
plinth: cannot write the results: No space left on device
plinth: cannot write the results: No space left on device
plinth: cannot write the results: No space left on device
plinth: cannot write the results: No space left on device
plinth: cannot write the results: No space left on device
plinth: cannot write the results: No space left on device
plinth: cannot write the results: No space left on device

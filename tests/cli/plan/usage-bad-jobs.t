# plinth plan: usage error: bad jobs
$ plinth plan -j -1 -p protocols/iliopsoas.plinth examples/clients.yaml; echo "status $?"; plinth plan -j two -p protocols/iliopsoas.plinth examples/clients.yaml
== stdout
status 2
== stderr
plinth plan: -j takes a number of jobs from 0 (one per core) to 1024, not '-1'
Try 'plinth plan --help'.
plinth plan: -j takes a number of jobs from 0 (one per core) to 1024, not 'two'
Try 'plinth plan --help'.
== status 2

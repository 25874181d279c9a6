# plinth fmt: check formatted
$ plinth fmt --check protocols/iliopsoas.plinth

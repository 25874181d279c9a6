# plinth fmt: diff formatted
$ plinth fmt --diff protocols/iliopsoas.plinth

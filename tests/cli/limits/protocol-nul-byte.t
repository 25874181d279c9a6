# limits on records and protocols: protocol NUL byte
# NUL bytes in a protocol, in a comment, a string, a `name` or between
# tokens: each an error at its place, never a silently shortened file
$ printf 'protocol p "P" {\n  # a \000 comment\n  record {\n    pain: int\n    `a\000b`: int\n  }\n  stage s "S\000" {\n    step a "A" { only if pain > 1 \000}\n  }\n}\n' > p.plinth
> plinth check p.plinth
== stderr
p.plinth:2:7: error: unexpected NUL byte
  # a \x00 comment
      ^~~~
p.plinth:5:7: error: unexpected NUL byte
    `a\x00b`: int
      ^~~~
p.plinth:7:13: error: unexpected NUL byte
  stage s "S\x00" {
            ^~~~
p.plinth:8:35: error: unexpected NUL byte
    step a "A" { only if pain > 1 \x00}
                                  ^~~~
p.plinth: 4 errors
== status 1

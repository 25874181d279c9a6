# escaping what is printed: plan JSON invalid UTF-8
# the file's name is not UTF-8 either
== p.plinth
# A backtick name takes bytes that are not UTF-8: JSON, which cannot
# carry them, has U+FFFD for each; text escapes them.
protocol p "P" {
  record {
    pain: int in 0..10
  }
  stage s "S" {
    step `a\xffb\xc0\xafc\xed\xa0\x80d\xe2\x82` "A €" { only if pain > 3 } (esc)
  }
}
== r.yaml
pain: 5
$ f=$(printf 'r\377.yaml') && cp r.yaml "$f" && plinth plan -p p.plinth -f json "$f" && plinth plan -p p.plinth "$f"
== stdout
{"record":1,"source":"r\ufffd.yaml:1","id":null,"plan":[{"step":"a\ufffdb\ufffd\ufffdc\ufffd\ufffd\ufffdd\ufffd\ufffd","stage":"s","title":"A €","cautions":[]}],"blocked":[],"done":[],"skipped":[]}
record 1 (r\xff.yaml:1)
  plan:
    1. a\xffb\xc0\xafc\xed\xa0\x80d\xe2\x82: A €

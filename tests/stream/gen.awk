# Writes n YAML documents, mixing valid records with invalid ones of
# several kinds, to stdout; with `expect` set, writes there one line
# per invalid record: its number, first line and last line.
#   awk -v n=1000 [-v expect=FILE] -f gen.awk
function emit(s,    k) {
	print s
	line += split(s, parts, "\n")
}
function valid(i) {
	return "client: C" i "\npain: " i % 11 "\nhours: " i % 24 ".5\nimproved: " (i % 2 ? "true" : "false") \
	    "\ntilt: " (i % 3 ? "anterior" : "neutral") "\nsigns: [" (i % 4 ? "" : "numbness") "]\nposture: {lordosis: " \
	    (i % 5 ? "normal" : "hyper") "}"
}
function invalid(i, kind) {
	if (kind == 2) return "client: C" i "\npain: 11"
	if (kind == 4) return "client: C" i "\ntilt: anterior: posterior\npain: 3"
	if (kind == 5) return "client: C" i "\nimproved: yes"
	if (kind == 6) return "client: C" i "\nx: &a 3\npain: *a"
	if (kind == 8 && i % 30 == 8) return "- C" i "\n- a list"
	if (kind == 8 && i % 30 == 18) return "a single value"
	if (kind == 8) return "# an empty document"
	return "client: C" i "\ntilt: sideways"
}
BEGIN {
	line = 1
	for (i = 1; i <= n; i++) {
		kind = i % 10
		first = line
		emit("---")
		if (kind == 2 || kind == 4 || kind == 5 || kind == 6 || kind == 8 || kind == 9) {
			emit(invalid(i, kind))
			if (expect != "")
				print i, first, line - 1 > expect
		} else
			emit(valid(i))
	}
}

# Reads transcripts (see run), each after the operands i=INDEX and
# name=GROUP/NAME, into the directory `out`/INDEX (layout=run) or
# `out`/GROUP/NAME (layout=extract), made beforehand:
#
#   run      work/INPUT...  exp.stdout  exp.stderr  want  cmd  [head]
#   extract  INPUT...       stdout      stderr      status  cmd
#
# `cmd` is the command as written, for extract; for run, the shell
# assignment cmd='...' of what `sh -c` is to run.  `want` and `status`
# hold the expected exit status; with head=1 (UPDATE=1), `head` holds
# the lines before the expected sections.  Prints, tab-separated:
#   copy FIXTURE PATH    the input PATH is tests/cli/FIXTURE, to be copied
#   error INDEX MESSAGE  that transcript is not one (and is left half read)
BEGIN {
	for (k = 0; k < 256; k++) {
		chr[k] = sprintf("%c", k)
		val[sprintf("%02x", k)] = k
		val[sprintf("%02X", k)] = k
	}
	reserved["cmd"] = reserved["stdout"] = reserved["stderr"] = reserved["status"] = 1
}

function fail(msg)
{
	if (!failed)
		printf "error\t%s\t%s:%d: %s\n", ci, cfile, line, msg
	failed = 1
}

# begin(): the start of a transcript
function begin()
{
	ci = i
	cfile = FILENAME
	c = out "/" (layout == "extract" ? name : i)
	work = layout == "extract" ? c : c "/work"
	expout = c (layout == "extract" ? "/stdout" : "/exp.stdout")
	experr = c (layout == "extract" ? "/stderr" : "/exp.stderr")
	state = "top"    # top, input, cmd, after (the command), expect
	status = 0
	failed = expecting = noeol = 0
	file = cmd = ""
	ncmd = 0
	split("", seen)
	split("", inputs)
	printf "" >expout
	printf "" >experr
}

# finish(): the end of a transcript
function finish(    t)
{
	endsection()
	close(expout)
	close(experr)
	if (head)
		close(c "/head")
	if (failed)
		return
	if (!ncmd) {
		line++
		fail("no command (a line starting '$ ')")
		return
	}
	if (layout == "extract") {
		printf "%s", cmd >(c "/cmd")
		printf "%d\n", status >(c "/status")
		close(c "/status")
	} else {
		# what $(cat cmd) gives: no newlines at the end
		t = cmd
		sub(/\n+$/, "", t)
		gsub(/'/, "'\\''", t)
		printf "cmd='%s'\n", t >(c "/cmd")
		printf "%d\n", status >(c "/want")
		close(c "/want")
	}
	close(c "/cmd")
}

function endsection()
{
	if (file != "")
		close(file)
	file = ""
	noeol = 0
}

# decode(line): the bytes a content line stands for
function decode(s,    t, k, e, h)
{
	if (s ~ / \(no-eol\)$/) {
		s = substr(s, 1, length(s) - 9)
		noeol = 1
	}
	if (s ~ / \(esc\)$/) {
		s = substr(s, 1, length(s) - 6)
		t = ""
		while ((k = index(s, "\\")) > 0) {
			t = t substr(s, 1, k - 1)
			e = substr(s, k + 1, 1)
			h = substr(s, k + 2, 2)
			if (e == "\\") t = t "\\"
			else if (e == "t") t = t "\t"
			else if (e == "r") t = t "\r"
			else if (e == "x" && h in val) { t = t chr[val[h]]; k += 2 }
			else fail("unknown escape '\\" e "' (known: \\\\ \\t \\r \\xHH)")
			s = substr(s, k + 2)
		}
		s = t s
	}
	return noeol ? s : s "\n"
}

FNR == 1 {
	if (NR > 1)
		finish()
	begin()
}

failed {
	next
}
{
	line = FNR
}

head && !expecting {
	if ($0 ~ /^== (stdout|stderr)$/ || $0 ~ /^== status( |$)/)
		expecting = 1
	else
		print >(c "/head")
}

state == "cmd" && /^>( |$)/ {
	cmd = cmd substr($0, 3) "\n"
	next
}
state == "cmd" {
	state = "after"
}

/^\$ / {
	if (state != "top" && state != "input") {
		fail("one command, after the inputs and before the expected output")
		next
	}
	endsection()
	state = "cmd"
	ncmd++
	cmd = substr($0, 3) "\n"
	next
}

/^== / {
	endsection()
	hdr = substr($0, 4)
	if (hdr == "stdout" || hdr == "stderr" || hdr ~ /^status( |$)/) {
		if (state != "after" && state != "expect")
			fail("'" $0 "' before the command")
		else if (seen[hdr ~ /^status/ ? "status" : hdr]++)
			fail("'" $0 "' twice")
		state = "expect"
		if (hdr == "stdout")
			file = expout
		else if (hdr == "stderr")
			file = experr
		else if (hdr ~ /^status [0-9]+$/ && substr(hdr, 8) + 0 <= 255)
			status = substr(hdr, 8) + 0
		else
			fail("not a status: '" $0 "'")
		next
	}
	if (state != "top" && state != "input") {
		fail("input '" hdr "' after the command")
		next
	}
	iname = hdr
	from = ""
	if ((k = index(hdr, " < ")) > 0) {
		iname = substr(hdr, 1, k - 1)
		from = substr(hdr, k + 3)
		if (from !~ /^fixtures\/[^\/]/ || from ~ /(^|\/)\.\.?(\/|$)/ || from ~ /[\t'"\\]/) {
			fail("an input is copied from a file under fixtures/: '" $0 "'")
			next
		}
	}
	if (iname == "" || iname in reserved || iname ~ /^\// || iname ~ /(^|\/)\.\.?(\/|$)/ ||
	    iname ~ /\/$/ || iname ~ /[\t'"\\]/) {
		fail("not a name for an input: '" iname "'")
		next
	}
	if (inputs[iname]++) {
		fail("input '" iname "' twice")
		next
	}
	if (iname ~ /\//) {
		d = iname
		sub(/\/[^\/]*$/, "", d)
		system("mkdir -p '" work "/" d "'")
	}
	state = "input"
	if (from != "") {
		printf "copy\t%s\t%s\n", from, work "/" iname
	} else {
		file = work "/" iname
		printf "" >file
	}
	next
}

state == "top" || state == "after" {
	if ($0 != "" && $0 !~ /^#/)
		fail("a line outside a section (a comment starts with '#')")
	next
}

file == "" {
	fail(state == "input" ? "lines after an input copied from fixtures/" : "lines after '== status'")
	next
}

{
	if (noeol)
		fail("a line after one that ends in ' (no-eol)'")
	else
		printf "%s", decode($0) >file
}

END {
	if (NR > 0)
		finish()
}

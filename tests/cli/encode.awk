# The bytes of a file, as `od -An -v -tx1` prints them, as the lines of
# a transcript's section (see run).  A line is written as it is, unless
# it holds a control byte, a byte that is not UTF-8 or an invisible
# character, ends in a space or a tab, reads as a header (`== `, `$ `) or
# ends in ` (esc)` or ` (no-eol)`: then it ends in ` (esc)`, and `\\`,
# `\r`, `\xHH` stand for those bytes, `\t` and `\x20` for the tabs and
# spaces that end it.  A last line without a newline ends in ` (no-eol)`.
# With last=1 (the section ends the file), the empty lines that end it
# are written ` (esc)`: an editor that trims blank lines at the end of a
# file cannot remove them.
BEGIN {
	for (i = 0; i < 256; i++) {
		chr[i] = sprintf("%c", i)
		val[sprintf("%02x", i)] = i
	}
	n = 0
}
{
	for (i = 1; i <= NF; i++)
		b[++n] = val[$i]
}

# invisible(cp): a code point that shows as nothing or as a plain space
function invisible(cp)
{
	return (cp >= 128 && cp < 160) || cp == 160 || cp == 173 ||
	    (cp >= 8203 && cp <= 8207) || (cp >= 8232 && cp <= 8238) ||
	    (cp >= 8288 && cp <= 8292) || (cp >= 8294 && cp <= 8297) ||
	    cp == 65279
}

# utf8(i, e): the length of the UTF-8 sequence at b[i] (ending by b[e]),
# its code point in cp; 0 if none
function utf8(i, e,    c, len, lo, hi, k)
{
	c = b[i]
	lo = 128; hi = 191
	if (c >= 194 && c <= 223) { len = 2; cp = c - 192 }
	else if (c >= 224 && c <= 239) {
		len = 3; cp = c - 224
		if (c == 224) lo = 160
		if (c == 237) hi = 159
	} else if (c >= 240 && c <= 244) {
		len = 4; cp = c - 240
		if (c == 240) lo = 144
		if (c == 244) hi = 143
	} else
		return 0
	if (i + len - 1 > e)
		return 0
	for (k = 1; k < len; k++) {
		c = b[i + k]
		if (c < lo || c > hi)
			return 0
		lo = 128; hi = 191
		cp = cp * 64 + c - 128
	}
	return len
}

# line(s, e, nl, protect): the line of b[s..e], followed by a newline
# if nl; protect: an empty line to be written escaped
function line(s, e, nl, protect,    esc, hdr, ws, i, k, len, c, t)
{
	esc = protect
	for (ws = e; ws >= s && (b[ws] == 32 || b[ws] == 9); ws--)
		;
	ws++
	hdr = (e - s >= 2 && b[s] == 61 && b[s + 1] == 61 && b[s + 2] == 32) ||
	    (e - s >= 1 && b[s] == 36 && b[s + 1] == 32)
	if (hdr || ws <= e)
		esc = 1
	split("", bad)
	for (i = s; i <= e; ) {
		c = b[i]
		if ((c >= 32 && c < 127) || c == 9) {
			i++
		} else if (c < 128) {
			bad[i] = 1; esc = 1; i++
		} else if (!(len = utf8(i, e))) {
			bad[i] = 1; esc = 1; i++
		} else {
			if (invisible(cp)) {
				for (k = 0; k < len; k++)
					bad[i + k] = 1
				esc = 1
			}
			i += len
		}
	}
	t = ""
	if (!esc) {
		for (i = s; i <= e; i++)
			t = t chr[b[i]]
		if (t ~ / \(esc\)$/ || t ~ / \(no-eol\)$/)
			esc = 1
	}
	if (esc) {
		t = ""
		for (i = s; i <= e; i++) {
			c = b[i]
			if (c == 92) t = t "\\\\"
			else if (c == 9 && i >= ws) t = t "\\t"
			else if (c == 32 && i >= ws) t = t "\\x20"
			else if (c == 13) t = t "\\r"
			else if (bad[i] || (hdr && i == s)) t = t sprintf("\\x%02x", c)
			else t = t chr[c]
		}
		t = t " (esc)"
	}
	if (!nl)
		t = t " (no-eol)"
	print t
}

END {
	lines = 0
	for (s = 1; s <= n; s = e + 1) {
		for (e = s; e <= n && b[e] != 10; e++)
			;
		ls[++lines] = s; le[lines] = e - 1; lnl[lines] = e <= n
	}
	# the empty lines that end the section
	for (keep = lines; keep > 0 && le[keep] < ls[keep]; keep--)
		;
	for (k = 1; k <= lines; k++)
		line(ls[k], le[k], lnl[k], last == 1 && k > keep)
}

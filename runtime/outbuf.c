#include "outbuf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

void ob_grow(struct outbuf *b, size_t n)
{
	size_t cap = b->cap ? b->cap : 4096;
	while (cap - b->len < n)
		cap *= 2;
	b->p = xrealloc(b->p, cap);
	b->cap = cap;
}

/* Two digits at a time, from the right: every result has its record and
 * line numbers. */
void ob_long(struct outbuf *b, long v)
{
	static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	                            "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	                            "8081828384858687888990919293949596979899";
	char digits[24], *d = digits + sizeof digits;
	unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
	for (; u >= 100; u /= 100)
		memcpy(d -= 2, pairs + u % 100 * 2, 2);
	if (u >= 10)
		memcpy(d -= 2, pairs + u * 2, 2);
	else
		*--d = (char)('0' + u);
	if (v < 0)
		*--d = '-';
	ob_put(b, d, (size_t)(digits + sizeof digits - d));
}

void ob_printf(struct outbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (b->cap - b->len < (size_t)n + 1)
		ob_grow(b, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static size_t utf8_length(const unsigned char *p, size_t avail);

#define STOP16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
/* Bytes JSON strings cannot hold as they are, DEL, which JSON may hold
 * but a terminal should not be sent, every byte past ASCII, which is
 * checked as UTF-8, and the end of the string: the scan stops only at
 * these. */
static const unsigned char stop[256] = {
	STOP16, STOP16, ['"'] = 1, ['\\'] = 1,
	[0x7f] = 1, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16,
};

/* Valid UTF-8 is copied as it is; a byte that is not (JSON cannot
 * carry it) becomes U+FFFD, as Go's encoding/json does. */
void ob_json_escaped(struct outbuf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s, *run = p;
	for (;;) {
		while (!stop[*p])
			p++;
		size_t n = *p >= 0x80 ? utf8_length(p, SIZE_MAX) : 0;
		if (n) {
			p += n;
			continue;
		}
		ob_put(b, (const char *)run, (size_t)(p - run));
		if (!*p)
			return;
		switch (*p) {
		case '"': ob_put(b, "\\\"", 2); break;
		case '\\': ob_put(b, "\\\\", 2); break;
		case '\n': ob_put(b, "\\n", 2); break;
		case '\t': ob_put(b, "\\t", 2); break;
		case '\r': ob_put(b, "\\r", 2); break;
		default:
			if (*p >= 0x80) {
				ob_put(b, "\\ufffd", 6);
				break;
			}
			ob_put(b, "\\u00", 4);
			ob_char(b, hex[*p >> 4]);
			ob_char(b, hex[*p & 15]);
		}
		run = ++p;
	}
}

void ob_json_string(struct outbuf *b, const char *s)
{
	ob_char(b, '"');
	ob_json_escaped(b, s);
	ob_char(b, '"');
}

/* The last two files ob_json_place wrote, and their '"file:' as
 * written: every record names its file, and escaping the same name again
 * was a tenth of writing a result.  Two, since reasons name the protocol
 * between records that name theirs. */
struct placed {
	struct outbuf file, quoted; /* file: with its NUL */
};
static _Thread_local struct placed placed[2];
static _Thread_local int placed_last;

static void place_file(struct outbuf *b, const char *file)
{
	struct placed *p = &placed[placed_last];
	if (!p->file.len || strcmp(p->file.p, file)) {
		placed_last ^= 1;
		p = &placed[placed_last];
		if (!p->file.len || strcmp(p->file.p, file)) {
			p->file.len = 0;
			ob_put(&p->file, file, strlen(file) + 1);
			p->quoted.len = 0;
			ob_char(&p->quoted, '"');
			ob_json_escaped(&p->quoted, file);
			ob_char(&p->quoted, ':');
		}
	}
	ob_put(b, p->quoted.p, p->quoted.len);
}

void ob_json_place(struct outbuf *b, const char *file, int line, int column)
{
	place_file(b, file);
	ob_long(b, line);
	if (column) {
		ob_char(b, ':');
		ob_long(b, column);
	}
	ob_char(b, '"');
}

/* The bytes text and TSV cannot hold as they are, and the end: NUL and
 * the C0 controls, backslash, DEL, and every byte past ASCII, which is
 * looked at as UTF-8 before it is copied.  The scan stops only at
 * these, so ASCII text goes through as fast as before. */
static const unsigned char cell_stop[256] = {
	STOP16, STOP16, ['\\'] = 1,
	[0x7f] = 1, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16,
};

/* The length of the UTF-8 character at p, a byte past ASCII, within
 * avail bytes; 0 when it is not valid UTF-8: a stray continuation byte,
 * a sequence cut short, an overlong form, a surrogate, or past
 * U+10FFFF.  A NUL is no continuation byte, so reading stops at the end
 * of a string. */
static size_t utf8_length(const unsigned char *p, size_t avail)
{
	unsigned c = p[0];
	size_t n = c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
	if (!n || n > avail)
		return 0;
	for (size_t k = 1; k < n; k++)
		if ((p[k] & 0xc0) != 0x80)
			return 0;
	if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f) || (c == 0xf0 && p[1] < 0x90) ||
	    (c == 0xf4 && p[1] > 0x8f))
		return 0;
	return n;
}

/* The length of the printable UTF-8 character at p, a byte past ASCII;
 * 0 for a C1 control or a byte that is not valid UTF-8. */
static size_t printable_utf8(const unsigned char *p, size_t avail)
{
	size_t n = utf8_length(p, avail);
	return n == 2 && p[0] == 0xc2 && p[1] < 0xa0 ? 0 : n;
}

/* Writes the character at p, a stop byte that printable_utf8 did not
 * take, escaped (or as it is when keep names it); returns its length. */
static size_t escape_at(struct outbuf *b, const unsigned char *p, size_t avail, int keep)
{
	static const char hex[] = "0123456789abcdef";
	switch (*p) {
	case '\n': ob_put(b, "\\n", 2); return 1;
	case '\r': ob_put(b, "\\r", 2); return 1;
	case '\t': ob_put(b, keep & OB_KEEP_TAB ? "\t" : "\\t", keep & OB_KEEP_TAB ? 1 : 2); return 1;
	case '\\': ob_put(b, "\\\\", keep & OB_KEEP_BACKSLASH ? 1 : 2); return 1;
	}
	if (utf8_length(p, avail) == 2) { /* a C1 control, as the code point it is */
		char e[6] = { '\\', 'u', '{', hex[p[1] >> 4], hex[p[1] & 15], '}' };
		ob_put(b, e, sizeof e);
		return 2;
	}
	char e[4] = { '\\', 'x', hex[*p >> 4], hex[*p & 15] };
	ob_put(b, e, sizeof e);
	return 1;
}

/* The first stop byte at or after p.  Four bytes a round: each is read
 * only when the one before it was no stop byte, so not the NUL. */
static inline const unsigned char *next_stop(const unsigned char *p)
{
	for (;; p += 4) {
		if (cell_stop[p[0]])
			return p;
		if (cell_stop[p[1]])
			return p + 1;
		if (cell_stop[p[2]])
			return p + 2;
		if (cell_stop[p[3]])
			return p + 3;
	}
}

/* The common string has no stop byte: it costs a scan and a copy.  From
 * the first stop byte on, ob_escaped takes the rest. */
void ob_tsv_cell(struct outbuf *b, const char *s)
{
	const char *p = (const char *)next_stop((const unsigned char *)s);
	if (p > s) /* memcpy of nothing to a buffer not yet made is undefined */
		ob_put(b, s, (size_t)(p - s));
	if (*p)
		ob_escaped(b, p, strlen(p), 0);
}

void ob_escaped(struct outbuf *b, const char *s, size_t len, int keep)
{
	if (!len) /* s may be NULL then: an empty source has no line */
		return;
	const unsigned char *p = (const unsigned char *)s, *end = p + len, *run = p;
	while (p < end) {
		if (!cell_stop[*p]) {
			p++;
			continue;
		}
		size_t n = *p >= 0x80 ? printable_utf8(p, (size_t)(end - p)) : 0;
		if (n) {
			p += n;
			continue;
		}
		if (p > run)
			ob_put(b, (const char *)run, (size_t)(p - run));
		p += escape_at(b, p, (size_t)(end - p), keep);
		run = p;
	}
	if (p > run)
		ob_put(b, (const char *)run, (size_t)(p - run));
}

static _Thread_local struct outbuf buffer, ints;

int *ob_ints(size_t n)
{
	ints.len = 0;
	if (ints.cap < (n + 1) * sizeof(int)) /* never NULL, even for no ints */
		ob_grow(&ints, (n + 1) * sizeof(int));
	return (int *)(void *)ints.p;
}

struct outbuf *ob_begin(void)
{
	buffer.len = 0;
	return &buffer;
}

void ob_flush(struct outbuf *b, FILE *out)
{
	fwrite(b->p, 1, b->len, out);
	b->len = 0;
}

void ob_release(void)
{
	free(buffer.p);
	free(ints.p);
	buffer = ints = (struct outbuf){ 0 };
	for (int i = 0; i < 2; i++) {
		free(placed[i].file.p);
		free(placed[i].quoted.p);
		placed[i] = (struct placed){ 0 };
	}
}

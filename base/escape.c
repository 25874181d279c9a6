/* The escapers: JSON strings, and the one escaper of TSV cells and of
 * every record or protocol value that text output prints. */
#include "escape.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

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
		size_t n = *p >= 0x80 ? utf8_valid(p, SIZE_MAX) : 0;
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

static void place_tail(struct outbuf *b, int line, int column)
{
	ob_long(b, line);
	if (column) {
		ob_char(b, ':');
		ob_long(b, column);
	}
	ob_char(b, '"');
}

void ob_json_place(struct outbuf *b, const char *file, int line, int column)
{
	ob_char(b, '"');
	ob_json_escaped(b, file);
	ob_char(b, ':');
	place_tail(b, line, column);
}

void ob_json_place_kept(struct outbuf *b, struct place_cache *c, const char *file, int line, int column)
{
	struct outbuf *k = &c->quoted[c->last];
	if (!k->len || strcmp(c->file[c->last].p, file)) {
		c->last ^= 1;
		k = &c->quoted[c->last];
		if (!k->len || strcmp(c->file[c->last].p, file)) {
			c->file[c->last].len = 0;
			ob_put(&c->file[c->last], file, strlen(file) + 1);
			k->len = 0;
			ob_char(k, '"');
			ob_json_escaped(k, file);
			ob_char(k, ':');
		}
	}
	ob_put(b, k->p, k->len);
	place_tail(b, line, column);
}

void place_cache_free(struct place_cache *c)
{
	for (int i = 0; i < 2; i++) {
		ob_free(&c->file[i]);
		ob_free(&c->quoted[i]);
	}
}

/* The bytes text and TSV cannot hold as they are, and the end: NUL and
 * the C0 controls, backslash, DEL, and every byte past ASCII, which is
 * looked at as UTF-8 before it is copied.  The scan stops only at
 * these, so ASCII text goes through as fast as before. */
static const unsigned char cell_stop[256] = {
	STOP16, STOP16, ['\\'] = 1,
	[0x7f] = 1, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16, STOP16,
};

/* The length of the printable UTF-8 character at p, a byte past ASCII;
 * 0 for a C1 control or a byte that is not valid UTF-8. */
static size_t printable_utf8(const unsigned char *p, size_t avail)
{
	size_t n = utf8_valid(p, avail);
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
	if (utf8_valid(p, avail) == 2) { /* a C1 control, as the code point it is */
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

/* The FILE forms, for output that is not per record (diagnostics,
 * SARIF, explanations, test reports): one escaper for all, through a
 * buffer of their own, written and freed. */
static void written(struct outbuf *b, FILE *out)
{
	ob_flush(b, out);
	ob_free(b);
}

void json_place(FILE *out, const char *file, int line, int column)
{
	struct outbuf b = { 0 };
	ob_json_place(&b, file, line, column);
	written(&b, out);
}

void json_string(FILE *out, const char *s)
{
	struct outbuf b = { 0 };
	ob_json_string(&b, s);
	written(&b, out);
}

void json_escaped(FILE *out, const char *s)
{
	struct outbuf b = { 0 };
	ob_json_escaped(&b, s);
	written(&b, out);
}

void tsv_cell(FILE *out, const char *s)
{
	struct outbuf b = { 0 };
	ob_tsv_cell(&b, s);
	written(&b, out);
}

void tsv_between(FILE *out, const char *head, const char *s, const char *tail)
{
	fputs(head, out);
	tsv_cell(out, s);
	fputs(tail, out);
}

void text_escaped(FILE *out, const char *s, int keep)
{
	struct outbuf b = { 0 };
	ob_escaped(&b, s, strlen(s), keep);
	written(&b, out);
}

#include "outbuf.h"

#include <stdarg.h>
#include <stdlib.h>

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

/* Bytes JSON strings cannot hold as they are, and the end of the string:
 * the scan stops only at these. */
static const unsigned char stop[256] = {
	[0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1,
	[8] = 1, [9] = 1, [10] = 1, [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1,
	[16] = 1, [17] = 1, [18] = 1, [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1,
	[24] = 1, [25] = 1, [26] = 1, [27] = 1, [28] = 1, [29] = 1, [30] = 1, [31] = 1,
	['"'] = 1, ['\\'] = 1,
};

void ob_json_escaped(struct outbuf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s, *run = p;
	for (;; p++) {
		while (!stop[*p])
			p++;
		ob_put(b, (const char *)run, (size_t)(p - run));
		if (!*p)
			return;
		run = p + 1;
		switch (*p) {
		case '"': ob_put(b, "\\\"", 2); break;
		case '\\': ob_put(b, "\\\\", 2); break;
		case '\n': ob_put(b, "\\n", 2); break;
		case '\t': ob_put(b, "\\t", 2); break;
		case '\r': ob_put(b, "\\r", 2); break;
		default:
			ob_put(b, "\\u00", 4);
			ob_char(b, hex[*p >> 4]);
			ob_char(b, hex[*p & 15]);
		}
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

/* The bytes a TSV cell cannot hold as they are, and the end. */
static const unsigned char tsv_stop[256] = { [0] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\\'] = 1 };

void ob_tsv_cell(struct outbuf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;
	for (;; p++) {
		while (!tsv_stop[*p])
			p++;
		ob_put(b, (const char *)run, (size_t)(p - run));
		if (!*p)
			return;
		run = p + 1;
		ob_put(b, *p == '\t' ? "\\t" : *p == '\n' ? "\\n" : *p == '\r' ? "\\r" : "\\\\", 2);
	}
}

static _Thread_local struct outbuf buffer, ints;

int *ob_ints(size_t n)
{
	ints.len = 0;
	if (ints.cap < n * sizeof(int))
		ob_grow(&ints, n * sizeof(int));
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

#include "outbuf.h"

#include <stdarg.h>
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

void ob_flush(struct outbuf *b, FILE *out)
{
	if (b->len)
		fwrite(b->p, 1, b->len, out);
	b->len = 0;
}

void ob_free(struct outbuf *b)
{
	free(b->p);
	*b = (struct outbuf){ 0 };
}

/* An output buffer: writers append a record's text with memcpy and the
 * record goes out in one fwrite.  stdio's per-call cost (locking, format
 * parsing) was a quarter of planning time; this is the large buffer
 * architecture.md asks output to go through. */
#ifndef PLINTH_OUTBUF_H
#define PLINTH_OUTBUF_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct outbuf {
	char *p;
	size_t len, cap;
};

void ob_grow(struct outbuf *b, size_t n);

static inline void ob_put(struct outbuf *b, const char *s, size_t n)
{
	if (b->cap - b->len < n)
		ob_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static inline void ob_str(struct outbuf *b, const char *s)
{
	ob_put(b, s, strlen(s));
}

/* Text rendered once and written often: its length is kept, not found
 * again every time. */
struct rendered {
	const char *s;
	size_t len;
};

static inline void ob_rendered(struct outbuf *b, struct rendered r)
{
	ob_put(b, r.s, r.len);
}

static inline void ob_char(struct outbuf *b, char c)
{
	if (b->len == b->cap)
		ob_grow(b, 1);
	b->p[b->len++] = c;
}

void ob_long(struct outbuf *b, long v);
void ob_printf(struct outbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes b out and empties it. */
void ob_flush(struct outbuf *b, FILE *out);
/* Frees b's memory; b is then empty and can be used again. */
void ob_free(struct outbuf *b);

#endif

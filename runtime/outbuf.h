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
void ob_json_string(struct outbuf *b, const char *s);   /* quoted */
void ob_json_escaped(struct outbuf *b, const char *s);  /* not quoted */
/* "file:line:column" as a JSON string; column 0 leaves it out. */
void ob_json_place(struct outbuf *b, const char *file, int line, int column);
/* The one escaper of TSV cells and of every record or protocol value
 * text output prints: tab, newline, CR and backslash as \t \n \r \\,
 * every other C0 control and DEL as \xHH, the C1 controls (U+0080 to
 * U+009F) as \u{80} to \u{9f}, and each byte that is not part of valid
 * UTF-8 (stray or cut-short sequences, overlong forms, surrogates, past
 * U+10FFFF) as \xHH.  Printable UTF-8 is copied as it is.  So a value
 * stays on its line and sends the terminal nothing but text. */
void ob_tsv_cell(struct outbuf *b, const char *s);
/* The same escaper over the n bytes at s (a NUL is \x00), leaving as
 * they are the characters keep names: a source line keeps its tabs, so
 * a caret can be lined up under it, and its backslashes, which are the
 * protocol's own escapes. */
enum { OB_KEEP_TAB = 1, OB_KEEP_BACKSLASH = 2 };
void ob_escaped(struct outbuf *b, const char *s, size_t n, int keep);

/* This thread's buffer, emptied; and writing it out. */
struct outbuf *ob_begin(void);
void ob_flush(struct outbuf *b, FILE *out);
/* This thread's scratch array of n ints, for a writer's index of a
 * record's decisions; valid until the next call. */
int *ob_ints(size_t n);
/* Frees this thread's buffer and scratch: a thread that ends must call it. */
void ob_release(void);

#endif

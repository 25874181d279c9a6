#include "batch.h"

#include <stdlib.h>
#include <string.h>

#include "../base/arena.h"

/* NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9) in s: line breaks for
 * libyaml, not for the splitter, which counts only CR and LF. */
static bool odd_breaks(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	for (const unsigned char *q = p; (q = memchr(q, 0xC2, (size_t)(end - q))) && q + 1 < end; q++)
		if (q[1] == 0x85)
			return true;
	for (const unsigned char *q = p; (q = memchr(q, 0xE2, (size_t)(end - q))) && q + 2 < end; q++)
		if (q[1] == 0x80 && (q[2] == 0xA8 || q[2] == 0xA9))
			return true;
	return false;
}

/* The text grows by doubling, but to no more than a large document
 * needs: doubling that as well reserved twice the largest document a
 * batch. */
static void add(struct doc_batch *b, const struct doc_chunk *c)
{
	if (b->len + c->len > b->cap) {
		b->cap = b->len + c->len > 2 * b->cap ? b->len + c->len : 2 * b->cap;
		b->text = xrealloc(b->text, b->cap);
	}
	if (b->n == b->cap_docs) {
		b->cap_docs = b->cap_docs ? 2 * b->cap_docs : 256;
		b->docs = xrealloc(b->docs, sizeof *b->docs * (size_t)b->cap_docs);
	}
	if (c->len) /* a document too large has no text, and b may have none yet */
		memcpy(b->text + b->len, c->text, c->len);
	b->docs[b->n++] = (struct doc_ref){ b->len, c->len, c->first_line, c->lines, c->marker_line,
	                                    c->bom_line, c->too_large, c->after_gap, false };
	b->len += c->len;
}

/* Marks the documents with odd breaks: looked for in each only when the
 * batch has any lead byte of one at all, which plain ASCII never does. */
static void mark_odd_breaks(struct doc_batch *b)
{
	if (!memchr(b->text, 0xC2, b->len) && !memchr(b->text, 0xE2, b->len))
		return;
	for (int i = 0; i < b->n; i++)
		b->docs[i].odd_breaks = odd_breaks(b->text + b->docs[i].off, b->docs[i].len);
}

void batch_trim(struct doc_batch *b, size_t keep)
{
	if (b->cap > keep) {
		free(b->text);
		b->text = NULL;
		b->cap = 0;
	}
	b->n = 0;
	b->len = 0;
}

bool batch_fill(struct splitter *s, struct doc_batch *b, int max_docs, size_t max_bytes)
{
	struct doc_chunk c;
	batch_trim(b, 4 * max_bytes);
	while (b->n < max_docs && b->len < max_bytes && (b->n == 0 || split_ready(s)) && split_next(s, &c))
		add(b, &c);
	if (b->len)
		mark_odd_breaks(b);
	return b->n > 0;
}

struct doc_chunk batch_doc(const struct doc_batch *b, int i)
{
	const struct doc_ref *d = &b->docs[i];
	return (struct doc_chunk){ b->text + d->off, d->len, d->first_line, d->lines, d->marker_line,
	                           d->too_large, d->after_gap, d->bom_line };
}

void batch_free(struct doc_batch *b)
{
	free(b->text);
	free(b->docs);
	*b = (struct doc_batch){ 0 };
}

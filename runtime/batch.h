/* A batch: whole documents cut by the splitter, copied one after the
 * other into one buffer that stays valid while they are read.  One
 * reader parses a batch's documents with one libyaml stream where it
 * can (runs.c); -j hands batches to threads (parallel.c). */
#ifndef PLINTH_BATCH_H
#define PLINTH_BATCH_H

#include "split.h"

struct doc_ref {
	size_t off, len; /* in the batch's text */
	long first_line, lines, marker_line, bom_line;
	bool too_large, after_gap;
	bool odd_breaks; /* it has a NEL, LS or PS: a line break to libyaml only */
};

struct doc_batch {
	char *text;
	size_t len, cap;
	struct doc_ref *docs;
	int n, cap_docs;
};

/* Empties b and fills it with the next documents, up to max_docs of
 * them or about max_bytes, and on a pipe or terminal only those there
 * without waiting, past the first; false when there were none. */
bool batch_fill(struct splitter *s, struct doc_batch *b, int max_docs, size_t max_bytes);
/* Empties b, and frees its text if it grew past keep bytes (for a large
 * document): what a batch holds follows what it holds now, not the
 * largest document it ever held.  batch_fill keeps 4 x max_bytes. */
void batch_trim(struct doc_batch *b, size_t keep);
/* Document i of b, as the splitter cut it. */
struct doc_chunk batch_doc(const struct doc_batch *b, int i);
void batch_free(struct doc_batch *b);

#endif

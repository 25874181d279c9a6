/* What runtime/explain.c reads of a reader: internal, not in the
 * public API.  Everything it points to is the reader's, valid until
 * the next call on the reader. */
#ifndef PLINTH_READER_H
#define PLINTH_READER_H

#include "record.h"

struct reader_state {
	const struct plinth_protocol *p;
	const struct plinth_result *result; /* the one last returned */
	const struct record *rec;           /* its values and checks */
	struct arena *arena;                /* reset for every record */
};

void reader_state(plinth_reader *r, struct reader_state *s);

struct doc_chunk;
/* Decides one document cut by a splitter elsewhere, as record number
 * `record`: how parallel.c's workers use a reader. */
const struct plinth_result *reader_eval_chunk(plinth_reader *r, const struct doc_chunk *c, long record);

#endif

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

/* Would the next record wait for input (from a pipe or terminal)?
 * Then the results so far should be written first. */
bool reader_would_wait(plinth_reader *r);

struct doc_batch;
/* Has the reader decide the documents of b, cut by a splitter elsewhere,
 * numbering them from first_record: how parallel.c's workers use a
 * reader.  b must stay as it is until reader_batch_next returns NULL. */
void reader_batch(plinth_reader *r, const struct doc_batch *b, long first_record);
const struct plinth_result *reader_batch_next(plinth_reader *r);

#endif

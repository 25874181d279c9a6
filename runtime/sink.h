/* Where plan results go: a FILE, written to in chunks.  Results are
 * built in an outbuf and, once it holds a chunk, written to the FILE's
 * descriptor straight from there: through stdio, the 1.2 KB of JSON of
 * a record was copied once more, into stdio's buffer (about 1% of the
 * time, bench/README.md).  A FILE with no descriptor (a memory stream)
 * gets the same bytes through fwrite. */
#ifndef PLINTH_SINK_H
#define PLINTH_SINK_H

#include <stdbool.h>
#include <stdio.h>

#include "../base/outbuf.h"

enum { SINK_CHUNK = 64 << 10 };

struct sink {
	FILE *out;
	int fd;     /* out's descriptor, or -1: through stdio */
	bool eager; /* a terminal: a record at a time, for the one watching */
	int err;    /* why a write failed (errno), 0 if none has */
};

void sink_init(struct sink *k, FILE *out);
/* Writes b out and empties it: now, or once it holds a chunk. */
void sink_put(struct sink *k, struct outbuf *b, bool now);

#endif

/* Cuts a YAML stream into documents at '---' and '...' lines (and
 * before a line that starts with a byte-order mark), reading as it goes,
 * so that each document is parsed on its own: a broken one costs only
 * itself, and memory holds one document at a time. */
#ifndef PLINTH_SPLIT_H
#define PLINTH_SPLIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../include/plinth.h"

struct splitter {
	struct plinth_input in; /* in.read NULL: no input (documents come in batches) */
	char *buf;
	size_t cap, len, pos; /* buf[pos..len) is not yet handed out */
	long line;            /* line number of buf[pos] */
	bool eof, io_error;
	bool cr;          /* a CR was read: lines may end in CR alone */
	bool ef;          /* a byte 0xEF was read: a line may start with a
	                     byte-order mark */
	bool gap;         /* the last document handed out was too large */
	bool bom_cut;     /* it was cut short by a line that starts with a
	                     byte-order mark: the next one starts there */
};

struct doc_chunk {
	const char *text;
	size_t len;
	long first_line;  /* 1-based line of text[0] */
	long lines;       /* how many lines text has (a last one may lack its break) */
	long marker_line; /* the line of the '---' that starts it; 0: none */
	bool too_large;   /* text is empty: the document was over the limit */
	bool after_gap;   /* input right before text was not handed out: a
	                     '...' that ended no document, the lines before a
	                     byte-order mark, or a document too large */
	long bom_line;    /* a byte-order mark where YAML allows none starts
	                     this line: the document is an error; 0: none */
};

enum { SPLIT_MAX_DOC = 16 << 20 };

/* in may be NULL: a splitter that reads nothing. */
void split_init(struct splitter *s, const struct plinth_input *in);
/* The input that reads f through stdio. */
struct plinth_input split_stdio(FILE *f);
void split_free(struct splitter *s);
/* The next document, valid until the next call; false at the end. */
bool split_next(struct splitter *s, struct doc_chunk *out);
/* Can split_next give the next document without waiting for input?
 * Always, unless the input has a ready() that says no: there, one who
 * waits for more should first write out what was read so far. */
bool split_ready(struct splitter *s);

#endif

/* Inside a reader: what runtime/events.c (a record's fields, from
 * libyaml's events), runtime/runs.c (a document alone, and runs of
 * documents in one libyaml stream) and runtime/reader.c (the public
 * reader) share. */
#ifndef PLINTH_READER_IMPL_H
#define PLINTH_READER_IMPL_H

#include <yaml.h>

#include "batch.h"
#include "keys.h"
#include "reader.h"
#include "record.h"
#include "split.h"

/* One record: read, decided, and held until it is handed out. */
struct held {
	struct arena arena; /* reset for every record */
	struct record rec;
	struct plinth_decision *decisions;
	struct plinth_result result;
};

/* Records read from a batch at a time before any is decided, and decided
 * before any is handed out: reading (libyaml), deciding and the caller's
 * writing each run on for a while, instead of taking turns for every
 * record and evicting one another's code from the instruction cache. */
enum { HOLD = 16 };

struct plinth_reader {
	const struct plinth_protocol *p;
	const char *file;
	unsigned flags;
	long next_record;
	struct splitter split;
	struct doc_batch own;           /* documents read ahead from split */
	const struct doc_batch *batch;  /* being read: own, or a worker's */
	int next_doc;
	struct held held[HOLD];
	int nheld, next_held; /* held[next_held..nheld) are still to hand out */
	struct held *h;       /* the record being read, decided or last handed out */
	/* the document being read */
	yaml_parser_t parser;
	long line0;         /* line offset of the parser's input */
	const char *text;   /* the parser's input, for reader-error positions */
	const char *feed, *feed_end; /* what of it libyaml has not yet read */
	bool parse_failed;  /* libyaml gave up: stop reading events */
	struct doc_keys keys; /* the document's keys, to find one given twice */
	/* a run: documents of the batch up to run_end parsed as one stream */
	bool run_open;
	int run_end;
	long start_line;    /* where the run's next document starts */
	long bad_line;      /* runs end before the document with this line */
};

/* Records the record's first error, at m (a line relative to line0). */
void reader_fail(struct plinth_reader *rd, const yaml_mark_t *m, const char *msg);
#define FAIL(rd, mark, ...) reader_fail(rd, mark, arena_printf(&(rd)->h->arena, __VA_ARGS__))

/* The next event; false once libyaml has failed, its error recorded. */
bool reader_event(struct plinth_reader *rd, yaml_event_t *ev);
/* The line (in the input) of libyaml's error, after reader_event failed. */
long reader_error_line(const struct plinth_reader *rd);
/* Reads the document's root node, after its DOCUMENT-START. */
void read_root(struct plinth_reader *rd);
/* Errors for required fields that are missing; doc: where it starts. */
void check_required(struct plinth_reader *rd, const yaml_mark_t *doc);
/* The record's id as text, or NULL. */
const char *id_text(struct plinth_reader *rd);

/* runs.c: reads document c alone into rd->h. */
void read_document(struct plinth_reader *rd, const struct doc_chunk *c);
/* runs.c: reads the batch's document k into rd->h as part of a run of
 * documents in one libyaml stream; false when it cannot be (then it is
 * read alone, and the run has ended). */
bool read_in_run(struct plinth_reader *rd, int k);

#endif

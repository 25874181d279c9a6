/* The public reader: records read ahead a few at a time, decided, and
 * handed out one by one; the documents come from the splitter, from a
 * batch (-j's workers), or as text (plinth_reader_eval), and are read
 * in runs (runs.c). */
#include <stdlib.h>
#include <string.h>

#include "reader_impl.h"

enum { READ_AHEAD_DOCS = 64, READ_AHEAD_BYTES = 64 << 10 };

/* ---- records ---------------------------------------------------------- */

static void start_record(plinth_reader *rd, long record, long first_line)
{
	arena_reset(&rd->h->arena);
	memset(rd->h->rec.values, 0, sizeof *rd->h->rec.values * (size_t)rd->p->nslots);
	memset(rd->h->rec.done, 0, (size_t)rd->p->nsteps);
	rd->h->result = (struct plinth_result){ .record = record, .file = rd->file, .line = (int)first_line };
}

static const struct plinth_result *decided(plinth_reader *rd)
{
	rd->h->result.id = id_text(rd);
	if (rd->h->result.error)
		return &rd->h->result;
	evaluate(rd->p, &rd->h->rec, &rd->h->arena, rd->h->decisions);
	rd->h->result.decisions = rd->h->decisions;
	rd->h->result.ndecisions = rd->p->nsteps;
	return &rd->h->result;
}

/* Reads one document and decides its steps: the one path for records
 * given as text. */
static const struct plinth_result *decide_record(plinth_reader *rd, const struct doc_chunk *c)
{
	start_record(rd, rd->next_record++, c->first_line);
	read_document(rd, c);
	return decided(rd);
}

/* Reads the batch's next document into rd->h. */
static void read_next(plinth_reader *rd)
{
	int k = rd->next_doc++;
	struct doc_chunk c = batch_doc(rd->batch, k);
	long record = rd->next_record++;
	start_record(rd, record, c.first_line);
	if (c.too_large) {
		rd->line0 = c.first_line;
		FAIL(rd, &(yaml_mark_t){ 0 }, "document larger than %d MiB", SPLIT_MAX_DOC >> 20);
	} else if (c.bom_line) {
		/* libyaml would skip it and read on, its line's columns shifted:
		 * the document is read alone for its id, but the mark is its
		 * error, whatever else it has */
		read_document(rd, &c);
		rd->h->result.error = NULL;
		FAIL(rd, &(yaml_mark_t){ .line = (size_t)(c.bom_line - c.first_line) },
		     "invalid input: a byte-order mark inside a document; one may only come before it, "
		     "ahead of its directives and '---'");
	} else if (!read_in_run(rd, k)) {
		start_record(rd, record, c.first_line);
		read_document(rd, &c);
	}
}

/* The next record of the batch: held ones first; else up to HOLD more
 * are read, then decided, and the first is handed out. */
static const struct plinth_result *decide_next(plinth_reader *rd)
{
	if (rd->next_held == rd->nheld) {
		rd->nheld = rd->next_held = 0;
		while (rd->nheld < HOLD && rd->next_doc < rd->batch->n) {
			rd->h = &rd->held[rd->nheld++];
			read_next(rd);
		}
		for (int i = 0; i < rd->nheld; i++) {
			rd->h = &rd->held[i];
			decided(rd);
		}
	}
	if (rd->next_held == rd->nheld)
		return NULL;
	rd->h = &rd->held[rd->next_held++];
	return &rd->h->result;
}

/* ---- the public reader ------------------------------------------------ */

static void held_init(const plinth_protocol *p, struct held *h)
{
	arena_init(&h->arena);
	h->rec.values = xmalloc(sizeof *h->rec.values * (size_t)(p->nslots + 1));
	h->rec.checks = xmalloc((size_t)p->nchecks + 1);
	h->rec.done = xmalloc((size_t)p->nsteps + 1);
	h->rec.gives = xmalloc((size_t)p->max_clauses + 1);
	h->decisions = xmalloc(sizeof *h->decisions * (size_t)(p->nsteps + 1));
	decisions_init(p, h->decisions);
}

static void held_free(struct held *h)
{
	arena_free(&h->arena);
	free(h->rec.values);
	free(h->rec.checks);
	free(h->rec.done);
	free(h->rec.gives);
	free(h->decisions);
}

plinth_reader *plinth_reader_open(const plinth_protocol *p, FILE *in, const char *file,
                                  unsigned flags, long first_record)
{
	struct plinth_input stdio = split_stdio(in);
	return plinth_reader_open_input(p, in ? &stdio : NULL, file, flags, first_record);
}

plinth_reader *plinth_reader_open_input(const plinth_protocol *p, const struct plinth_input *in,
                                        const char *file, unsigned flags, long first_record)
{
	plinth_reader *rd = xmalloc(sizeof *rd);
	memset(rd, 0, sizeof *rd);
	rd->p = p;
	rd->file = strcpy(xmalloc(strlen(file) + 1), file); /* the caller's may not outlive us */
	rd->flags = flags;
	rd->next_record = first_record;
	split_init(&rd->split, in);
	if (!yaml_parser_initialize(&rd->parser))
		out_of_memory();
	for (int i = 0; i < HOLD; i++)
		held_init(p, &rd->held[i]);
	rd->h = &rd->held[0];
	return rd;
}

/* Documents are read ahead a few at a time, so that runs can form; from
 * a pipe or terminal only those already there (batch_fill), so that each
 * result can be written before the reader waits for more. */
const struct plinth_result *plinth_reader_next(plinth_reader *rd)
{
	if (rd->next_held == rd->nheld && (!rd->batch || rd->next_doc == rd->batch->n)) {
		if (!rd->split.in.read || !batch_fill(&rd->split, &rd->own, READ_AHEAD_DOCS, READ_AHEAD_BYTES))
			return NULL;
		reader_batch(rd, &rd->own, rd->next_record);
	}
	return decide_next(rd);
}

void reader_batch(plinth_reader *rd, const struct doc_batch *b, long first_record)
{
	rd->batch = b;
	rd->next_doc = 0;
	rd->nheld = rd->next_held = 0;
	rd->next_record = first_record;
	rd->run_open = false;
	rd->bad_line = 0;
}

const struct plinth_result *reader_batch_next(plinth_reader *rd)
{
	return decide_next(rd);
}

const struct plinth_result *plinth_reader_eval(plinth_reader *rd, const char *yaml, size_t len, int first_line)
{
	struct doc_chunk c = { .text = yaml, .len = len, .first_line = first_line };
	rd->run_open = false;
	return decide_record(rd, &c);
}

void reader_state(plinth_reader *rd, struct reader_state *s)
{
	*s = (struct reader_state){ rd->p, &rd->h->result, &rd->h->rec, &rd->h->arena };
}

/* Records already read (held, or documents of the batch) come without
 * waiting: only after the last of them is the input asked. */
bool reader_would_wait(plinth_reader *rd)
{
	bool in_hand = rd->next_held < rd->nheld || (rd->batch && rd->next_doc < rd->batch->n);
	return !in_hand && rd->split.in.read && !split_ready(&rd->split);
}

int plinth_reader_io_error(const plinth_reader *rd)
{
	return rd->split.io_error;
}

void plinth_reader_close(plinth_reader *rd)
{
	if (!rd)
		return;
	split_free(&rd->split);
	batch_free(&rd->own);
	yaml_parser_delete(&rd->parser);
	keys_free(&rd->keys);
	for (int i = 0; i < HOLD; i++)
		held_free(&rd->held[i]);
	free((char *)rd->file);
	free(rd);
}

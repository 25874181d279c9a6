/* Documents: the splitter cuts the stream into documents, so that a
 * broken one costs only itself, and each is read as if it were a
 * stream of its own.  Parsing each with a libyaml stream of its own cost
 * a tenth of libyaml's time again (stream and document events, buffers
 * filled anew), so documents that follow one another with only a '---'
 * between them are parsed as a run: one stream for all of them.
 *
 * A run must give exactly what reading each document alone gives, so it
 * checks, at every boundary, that libyaml's document starts where the
 * splitter's does (same line, an explicit '---'); any doubt, and any
 * error from libyaml, and the document is read again alone, and the run
 * ends.  A document with no '---', one too large or with a misplaced
 * byte-order mark, dropped input and the end of a batch end a run too,
 * and so does a document with a line break that libyaml counts and the
 * splitter does not.
 * tests/runs/run holds runs to that. */
#include <stdlib.h>
#include <string.h>

#include "reader_impl.h"
#include "yparser.h"

/* tests/runs builds plinth with PLINTH_NO_RUNS, every document read
 * alone, for the output runs must give. */
#ifdef PLINTH_NO_RUNS
enum { RUNS = 0 };
#else
enum { RUNS = 1 };
#endif

/* ---- one document alone ---------------------------------------------- */

static bool utf16_bom(const char *text, size_t len)
{
	const unsigned char *b = (const unsigned char *)text;
	return len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));
}

/* libyaml decodes a whole read (up to 16 KiB) before it scans any of
 * it: given a whole run at once, it decoded far ahead of a document that
 * then ended the run, and the next run decoded the same bytes again.  So
 * it gets a run a kilobyte at a time. */
enum { FEED = 1024 };

static int feed(void *data, unsigned char *to, size_t size, size_t *size_read)
{
	struct plinth_reader *rd = data;
	size_t n = rd->feed_end - rd->feed;
	if (n > size)
		n = size;
	if (n > FEED)
		n = FEED;
	memcpy(to, rd->feed, n);
	rd->feed += n;
	*size_read = n;
	return 1;
}

static void start_input(struct plinth_reader *rd, const char *text, size_t len, long first_line)
{
	yparser_reset(&rd->parser);
	rd->feed = text;
	rd->feed_end = text + len;
	yaml_parser_set_input(&rd->parser, feed, rd);
	rd->parse_failed = false;
	rd->line0 = first_line;
	rd->text = text;
}

void read_document(struct plinth_reader *rd, const struct doc_chunk *c)
{
	yaml_event_t ev;
	start_input(rd, c->text, c->len, c->first_line);
	rd->h->result.line = (int)c->first_line;
	if (utf16_bom(c->text, c->len))
		/* libyaml would read on in UTF-16, where the splitter saw no '---' */
		FAIL(rd, &(yaml_mark_t){ 0 }, "invalid input: a UTF-16 byte-order mark; records must be UTF-8");
	else if (reader_event(rd, &ev)) { /* stream start */
		yaml_event_delete(&ev);
		if (reader_event(rd, &ev)) {
			if (ev.type == YAML_DOCUMENT_START_EVENT)
				rd->h->result.line = (int)(rd->line0 + (long)ev.start_mark.line);
			yaml_event_delete(&ev);
			read_root(rd);
		}
	}
	/* Document end, then stream end: a second document here is one whose
	 * '---' the splitter did not see (its line breaks are not LF or
	 * CRLF), and must not pass unnoticed. */
	for (int i = 0; i < 2 && !rd->h->result.error && reader_event(rd, &ev); i++) {
		if (ev.type == YAML_DOCUMENT_START_EVENT)
			FAIL(rd, &ev.start_mark, "another document starts here, but its '---' is not on a line of its own "
			     "(lines must end in LF or CRLF)");
		yaml_event_delete(&ev);
	}
	if (!rd->h->result.error)
		check_required(rd, &(yaml_mark_t){ .line = (size_t)(rd->h->result.line - rd->line0) });
}

/* ---- runs ------------------------------------------------------------- */

static long last_line(const struct doc_ref *d)
{
	return d->first_line + d->lines - 1;
}

/* Does document d hold the line libyaml last failed on? */
static bool holds_bad(const struct plinth_reader *rd, const struct doc_ref *d)
{
	return rd->bad_line >= d->first_line && rd->bad_line <= last_line(d);
}

/* Ends the run; after an error of libyaml's, later runs end before the
 * document it was in, or every document up to it would fail the same
 * way (libyaml reads ahead). */
static bool end_run(struct plinth_reader *rd)
{
	if (rd->parse_failed)
		rd->bad_line = reader_error_line(rd);
	rd->run_open = false;
	return false;
}

/* The next event, which must be of type t. */
static bool expect(struct plinth_reader *rd, yaml_event_type_t t, yaml_event_t *ev)
{
	if (!reader_event(rd, ev))
		return false;
	if (ev->type == t)
		return true;
	yaml_event_delete(ev);
	return false;
}

/* Starts a run at document k, over the documents after it that follow
 * it directly with a '---' between; false if there is none to join. */
static bool start_run(struct plinth_reader *rd, int k)
{
	const struct doc_batch *b = rd->batch;
	const struct doc_ref *d = &b->docs[k];
	if (rd->bad_line && rd->bad_line < d->first_line)
		rd->bad_line = 0;
	/* After a line break libyaml counts and the splitter does not, their
	 * lines differ, and libyaml may see a '---' or '...' the splitter
	 * did not: such a document can only end a run. */
	int end = k + 1;
	while (end < b->n && !b->docs[end - 1].odd_breaks && !b->docs[end].too_large && !b->docs[end].after_gap &&
	       !b->docs[end].bom_line && b->docs[end].marker_line && !holds_bad(rd, &b->docs[end]))
		end++;
	if (end == k + 1 || holds_bad(rd, d) || utf16_bom(b->text + d->off, d->len))
		return false;
	const struct doc_ref *e = &b->docs[end - 1];
	start_input(rd, b->text + d->off, e->off + e->len - d->off, d->first_line);
	yaml_event_t ev;
	if (!expect(rd, YAML_STREAM_START_EVENT, &ev))
		return end_run(rd);
	yaml_event_delete(&ev);
	if (!expect(rd, YAML_DOCUMENT_START_EVENT, &ev))
		return end_run(rd);
	rd->start_line = rd->line0 + (long)ev.start_mark.line;
	yaml_event_delete(&ev);
	rd->run_open = true;
	rd->run_end = end;
	return true;
}

/* After document k's DOCUMENT-END: is what follows what the splitter
 * saw?  The end of the run, or document k + 1's '---' on its line. */
static bool boundary(struct plinth_reader *rd, int k)
{
	const struct doc_batch *b = rd->batch;
	yaml_event_t ev;
	if (k + 1 == rd->run_end) {
		if (!expect(rd, YAML_STREAM_END_EVENT, &ev))
			return false;
		yaml_event_delete(&ev);
		end_run(rd);
		return true;
	}
	if (!expect(rd, YAML_DOCUMENT_START_EVENT, &ev))
		return false;
	rd->start_line = rd->line0 + (long)ev.start_mark.line;
	bool same = !ev.data.document_start.implicit && rd->start_line == b->docs[k + 1].marker_line;
	yaml_event_delete(&ev);
	return same;
}

/* Reads document k of the batch in a run, starting one if it can; false
 * if the document must be read alone instead (its record state is then
 * to be reset: it may hold half of this reading). */
bool read_in_run(struct plinth_reader *rd, int k)
{
	if (!rd->run_open && (!RUNS || !start_run(rd, k)))
		return false;
	rd->h->result.line = (int)rd->start_line;
	read_root(rd);
	if (rd->parse_failed)
		return end_run(rd);
	if (rd->h->result.error) { /* its own error, found where reading alone finds it */
		end_run(rd);
		return true;
	}
	yaml_event_t ev;
	if (!expect(rd, YAML_DOCUMENT_END_EVENT, &ev))
		return end_run(rd);
	yaml_event_delete(&ev);
	if (!boundary(rd, k))
		return end_run(rd);
	check_required(rd, &(yaml_mark_t){ .line = (size_t)(rd->h->result.line - rd->line0) });
	return true;
}


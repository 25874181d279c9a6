#include "split.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../base/arena.h"

void split_init(struct splitter *s, const struct plinth_input *in)
{
	memset(s, 0, sizeof *s);
	if (in)
		s->in = *in;
	s->line = 1;
	s->cap = in ? 131072 : 0; /* none: the reader of a -j worker reads batches */
	s->buf = in ? xmalloc(s->cap) : NULL;
}

/* Through the caller's stdio, which may hold what it read ahead of a
 * line it took with fgets: reading the descriptor under it would skip
 * that. */
static long stdio_read(void *data, char *buf, size_t n)
{
	FILE *f = data;
	size_t got = fread(buf, 1, n, f);
	return !got && ferror(f) ? -1 : (long)got;
}

struct plinth_input split_stdio(FILE *f)
{
	return (struct plinth_input){ .read = stdio_read, .data = f };
}

static size_t read_some(struct splitter *s, char *to, size_t n)
{
	long got = s->in.read(s->in.data, to, n);
	if (got < 0) {
		s->io_error = true;
		return 0;
	}
	return (size_t)got;
}

void split_free(struct splitter *s)
{
	free(s->buf);
}

/* Moves the unread input to the front.  Offsets relative to pos stay
 * valid. */
static void compact(struct splitter *s)
{
	memmove(s->buf, s->buf + s->pos, s->len - s->pos);
	s->len -= s->pos;
	s->pos = 0;
}

/* Reads more input after buf[len]; false when there is none.  Room is
 * made by compacting first, and only then by growing, so each byte is
 * moved about once however many documents the buffer holds. */
static bool fill(struct splitter *s)
{
	if (s->eof)
		return false;
	if (s->cap - s->len < 65536 && s->pos > 0)
		compact(s);
	if (s->cap - s->len < 65536) {
		s->cap *= 2;
		s->buf = xrealloc(s->buf, s->cap);
	}
	size_t n = read_some(s, s->buf + s->len, s->cap - s->len);
	s->cr = s->cr || memchr(s->buf + s->len, '\r', n);
	s->ef = s->ef || memchr(s->buf + s->len, 0xEF, n);
	s->len += n;
	if (n == 0) {
		s->eof = true;
	}
	return n > 0;
}

/* Length of the line at buf[pos + at], its break included; 0 at the
 * end.  A break is LF, CR LF, or a lone CR, as YAML has it (old Mac
 * files), so that '---' after a lone CR starts a document here as it
 * does for libyaml.  A line longer than a whole document may be is cut
 * there: the caller drops the document anyway, and memory must not
 * follow the input.  The rest of the line comes next, not a line of its
 * own: a piece cut short is one over the limit that does not end in a
 * break (cut_short). */
static inline size_t line_length(struct splitter *s, size_t at)
{
	for (;;) {
		char *start = s->buf + s->pos + at;
		size_t have = s->len - s->pos - at;
		char *nl = memchr(start, '\n', have);
		/* Most input has no CR at all: then only LF ends a line. */
		char *cr = s->cr ? memchr(start, '\r', nl ? (size_t)(nl - start) : have) : NULL;
		if (cr && cr + 1 < start + have && cr[1] != '\n')
			return (size_t)(cr - start) + 1; /* a lone CR */
		if (nl && (!cr || cr + 1 == nl))
			return (size_t)(nl - start) + 1;
		if (have > SPLIT_MAX_DOC) /* not before a CR: that may be CR LF */
			return have - (start[have - 1] == '\r');
		if (!fill(s)) /* else: a CR at the end may be CR LF */
			return have;
	}
}

static bool marker(const char *l, size_t n, char c)
{
	return n >= 3 && l[0] == c && l[1] == c && l[2] == c &&
	       (n == 3 || l[3] == ' ' || l[3] == '\t' || l[3] == '\r' || l[3] == '\n');
}

/* Is the piece l of n bytes, from line_length, a line cut short?  (At
 * the end of the input, a last line with no break may seem one: no rest
 * comes after it.) */
static inline bool cut_short(const char *l, size_t n)
{
	return n > SPLIT_MAX_DOC && l[n - 1] != '\n' && l[n - 1] != '\r';
}

/* Does the line start with a UTF-8 byte-order mark? */
static bool bom(const char *l, size_t n)
{
	return n >= 3 && l[0] == '\xEF' && l[1] == '\xBB' && l[2] == '\xBF';
}

/* Is the '...' line l only that, with at most a comment after it?  Else
 * there is more on it, which a '...' that ends no document must not
 * hide. */
static bool suffix_only(const char *l, size_t n)
{
	size_t i = 3;
	while (i < n && (l[i] == ' ' || l[i] == '\t'))
		i++;
	return i == n || l[i] == '\r' || l[i] == '\n' || l[i] == '#';
}

/* Blank, comment-only, or a directive: nothing of a document yet. */
static bool is_preamble(const char *l, size_t n)
{
	size_t i = 0;
	while (i < n && (l[i] == ' ' || l[i] == '\t' || l[i] == '\r'))
		i++;
	return i == n || l[i] == '\n' || l[i] == '#' || (i == 0 && l[0] == '%');
}

/* Once a document has content only a line that starts with '-' or '.'
 * (or a byte-order mark) can end it, so the lines between are passed
 * over, only counted: the commonest case, and most of the splitter's time
 * before.  Stops at such a line, at a line not all read yet, or past the
 * size limit.  Only for input without CR, where LF alone ends lines. */
static inline size_t past_lines(const struct splitter *s, size_t at, long *lines, bool bom)
{
	const char *base = s->buf + s->pos, *p = base + at, *end = s->buf + s->len, *nl;
	while (p < end && *p != '-' && *p != '.' && !(bom && *p == '\xEF') && (size_t)(p - base) <= SPLIT_MAX_DOC &&
	       (nl = memchr(p, '\n', (size_t)(end - p)))) {
		p = nl + 1;
		++*lines;
	}
	return (size_t)(p - base);
}

/* Input with no byte 0xEF has no byte-order mark to stop at: a loop
 * without that test, as most input is. */
static size_t past_content(const struct splitter *s, size_t at, long *lines)
{
	return s->ef ? past_lines(s, at, lines, true) : past_lines(s, at, lines, false);
}

/* A document ends at a '---' or '...' line, or before a line that starts
 * with a byte-order mark: YAML allows one at the start of any document,
 * before its '---', so in a stream of files joined with cat one starts
 * each.  Where it is allowed (nothing of a document before it, or a
 * '---' after it) it is dropped, as libyaml drops one at the start of its
 * input, so columns are the same; anywhere else at the start of a line
 * (after a '---' or a directive, or before content that no '---' opened
 * after another document) the document is an error, never merged with
 * the one before.  A stream cut at such a line gives each part a result
 * of its own: one more than libyaml, which skips the mark and reads on
 * with the line's columns shifted. */
bool split_next(struct splitter *s, struct doc_chunk *out)
{
	size_t at = 0; /* from pos */
	long lines = 0, marker_line = 0, bom_line = 0;
	/* the line of a byte-order mark that cut the last document short:
	 * content must not follow it before a '---' (directives may, as
	 * libyaml reads them after a document even with no '...') */
	long bom_after = s->bom_cut ? s->line : 0;
	bool content = false, explicit_start = false, directive = false, dropped = false, gap = s->gap;
	s->bom_cut = false;
	for (;;) {
		size_t n = line_length(s, at);
		if (n == 0)
			break;
		const char *l = s->buf + s->pos + at;
		size_t b = 0; /* the bytes of a byte-order mark kept before the line */
		if (l[0] == '\xEF' && bom(l, n)) {
			if (content || (explicit_start && marker(l + 3, n - 3, '-'))) {
				s->bom_cut = true;
				break;
			}
			if (explicit_start || directive) {
				b = 3;
				if (!bom_line)
					bom_line = s->line + lines;
			} else { /* dropped, with the blank lines and comments before it */
				gap |= at > 0;
				s->pos += at + 3;
				s->line += lines;
				at = 0;
				lines = 0;
				l += 3;
				n -= 3;
			}
		}
		const char *t = l + b; /* the line after a byte-order mark */
		size_t tn = n - b;
		if (t[0] == '-' && marker(t, tn, '-')) {
			if (content || explicit_start)
				break;
			explicit_start = true;
			marker_line = s->line + lines;
		} else if (t[0] == '.' && marker(t, tn, '.')) {
			/* After directives, or with more on its line, it is part of
			 * a broken document, which must have its error result. */
			if (content || explicit_start || directive || !suffix_only(t, tn)) {
				content = true;
				at += n;
				lines++;
				break;
			}
			/* A '...' that ends no document: drop it with what came before
			 * (blank lines and comments), or it would start the next one. */
			s->pos += at + n;
			s->line += lines + 1;
			at = 0;
			lines = 0;
			gap = true;
			bom_after = 0; /* after a '...', a document needs no '---' */
			continue;
		} else if (t[0] == '%' && explicit_start && !content) {
			break; /* a directive: this document was empty, the next begins */
		} else if (!content && (!is_preamble(t, tn) || t[0] == '%')) {
			/* Content, or a directive: with no document after it, the
			 * stream is invalid, and that must have an error result too. */
			if (t[0] == '%') {
				directive = true;
			} else {
				content = true;
				if (bom_after && !explicit_start && !bom_line)
					bom_line = bom_after;
			}
		}
		at += n;
		lines++;
		if (content && !s->cr) /* (after a line cut short, nothing is left to pass) */
			at = past_content(s, at, &lines);
		/* An oversized document is dropped as it streams past, so memory
		 * stays bounded; it still counts as one (bad) record.  The rest of
		 * a line cut short goes with it, no line of its own. */
		if (at > SPLIT_MAX_DOC) {
			dropped = true;
			s->pos += at;
			at = 0;
			for (bool cut = cut_short(l, n); cut && (n = line_length(s, 0)) > 0; s->pos += n)
				cut = cut_short(s->buf + s->pos, n);
		}
	}
	out->first_line = s->line;
	out->lines = lines;
	out->marker_line = marker_line;
	out->too_large = dropped;
	out->after_gap = gap;
	out->bom_line = bom_line;
	s->gap = dropped;
	out->text = s->buf + s->pos;
	out->len = dropped ? 0 : at;
	s->pos += at;
	s->line += lines;
	return content || explicit_start || directive || dropped;
}

/* Is a whole line that ends the document at pos here: a '---' or '...'
 * after a line of content or a '---' of its own, or a line that starts
 * with a byte-order mark after content?  Then split_next need not read.
 * (Not sure is fine: the caller only writes out sooner.) */
static bool has_boundary(const struct splitter *s)
{
	const char *p = s->buf + s->pos, *end = s->buf + s->len, *nl;
	bool content = false, opened = false;
	for (; (nl = memchr(p, '\n', (size_t)(end - p))); p = nl + 1) {
		size_t n = (size_t)(nl - p) + 1, b = bom(p, n) ? 3 : 0;
		bool dashes = marker(p + b, n - b, '-'), dots = marker(p + b, n - b, '.');
		if ((content && (b || dashes || dots)) || (opened && (dashes || dots)))
			return true;
		opened |= dashes;
		content |= !dashes && !dots && !is_preamble(p + b, n - b);
	}
	return false;
}

/* Input that is here is read first (poll says a read will not wait), so
 * a document split across reads is seen whole. */
bool split_ready(struct splitter *s)
{
	if (!s->in.ready)
		return true;
	for (;;) {
		if (s->eof || s->len - s->pos > SPLIT_MAX_DOC || has_boundary(s))
			return true;
		if (!s->in.ready(s->in.data))
			return false;
		if (!fill(s))
			return true; /* the end: what is left is the last document */
	}
}

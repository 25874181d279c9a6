#include "split.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"

void split_init(struct splitter *s, FILE *in)
{
	memset(s, 0, sizeof *s);
	s->in = in;
	s->line = 1;
	s->cap = 131072;
	s->buf = xmalloc(s->cap);
	struct stat st;
	s->fd = in ? fileno(in) : -1;
	s->interactive = s->fd >= 0 && fstat(s->fd, &st) == 0 && !S_ISREG(st.st_mode);
}

/* fread waits until it has all it asked for; on a pipe that would hold
 * back every record until 128 KiB had arrived.  read(2) returns what
 * is there.  Before waiting on a pipe or terminal, stdio output is
 * flushed, so the results of the records read so far are not held
 * back either. */
static size_t read_some(struct splitter *s, char *to, size_t n)
{
	if (s->fd < 0)
		return fread(to, 1, n, s->in);
	if (s->interactive)
		fflush(NULL);
	for (;;) {
		ssize_t got = read(s->fd, to, n);
		if (got >= 0)
			return (size_t)got;
		if (errno != EINTR) {
			s->io_error = true;
			return 0;
		}
	}
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
	s->len += n;
	if (n == 0) {
		s->eof = true;
		s->io_error |= ferror(s->in) != 0;
	}
	return n > 0;
}

/* Length of the line at buf[pos + at], its break included; 0 at the
 * end.  A break is LF, CR LF, or a lone CR, as YAML has it (old Mac
 * files), so that '---' after a lone CR starts a document here as it
 * does for libyaml.  A line longer than a whole document may be is cut
 * there: the caller drops the document anyway, and memory must not
 * follow the input. */
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
		if (have > SPLIT_MAX_DOC || !fill(s)) /* else: a CR at the end may be CR LF */
			return have;
	}
}

static bool marker(const char *l, size_t n, char c)
{
	return n >= 3 && l[0] == c && l[1] == c && l[2] == c &&
	       (n == 3 || l[3] == ' ' || l[3] == '\t' || l[3] == '\r' || l[3] == '\n');
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
 * can end it, so the lines between are passed over, only counted: the
 * commonest case, and most of the splitter's time before.  Stops at such
 * a line, at a line not all read yet, or past the size limit.  Only for
 * input without CR, where LF alone ends lines. */
static size_t past_content(const struct splitter *s, size_t at, long *lines)
{
	const char *base = s->buf + s->pos, *p = base + at, *end = s->buf + s->len, *nl;
	while (p < end && *p != '-' && *p != '.' && (size_t)(p - base) <= SPLIT_MAX_DOC &&
	       (nl = memchr(p, '\n', (size_t)(end - p)))) {
		p = nl + 1;
		++*lines;
	}
	return (size_t)(p - base);
}

bool split_next(struct splitter *s, struct doc_chunk *out)
{
	size_t at = 0; /* from pos */
	long lines = 0, marker_line = 0;
	bool content = false, explicit_start = false, dropped = false, gap = s->gap;
	for (;;) {
		size_t n = line_length(s, at);
		if (n == 0)
			break;
		const char *l = s->buf + s->pos + at;
		if (l[0] == '-' && marker(l, n, '-')) {
			if (content || explicit_start)
				break;
			explicit_start = true;
			marker_line = s->line + lines;
		} else if (l[0] == '.' && marker(l, n, '.')) {
			if (content || explicit_start) {
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
			continue;
		} else if (l[0] == '%' && explicit_start && !content) {
			break; /* a directive: this document was empty, the next begins */
		} else if (!content && !is_preamble(l, n))
			content = true;
		at += n;
		lines++;
		if (content && !s->cr)
			at = past_content(s, at, &lines);
		/* An oversized document is dropped as it streams past, so memory
		 * stays bounded; it still counts as one (bad) record. */
		if (at > SPLIT_MAX_DOC) {
			dropped = true;
			s->pos += at;
			at = 0;
		}
	}
	out->first_line = s->line;
	out->lines = lines;
	out->marker_line = marker_line;
	out->too_large = dropped;
	out->after_gap = gap;
	s->gap = dropped;
	out->text = s->buf + s->pos;
	out->len = dropped ? 0 : at;
	s->pos += at;
	s->line += lines;
	return content || explicit_start || dropped;
}

/* Is a whole line that ends the document at pos here: a '---' or '...'
 * after a line of content or a '---' of its own?  Then split_next need
 * not read.  (Not sure is fine: the caller only writes out sooner.) */
static bool has_boundary(const struct splitter *s)
{
	const char *p = s->buf + s->pos, *end = s->buf + s->len, *nl;
	bool started = false;
	for (; (nl = memchr(p, '\n', (size_t)(end - p))); p = nl + 1) {
		size_t n = (size_t)(nl - p) + 1;
		bool dashes = marker(p, n, '-'), dots = marker(p, n, '.');
		if (started && (dashes || dots))
			return true;
		started |= dashes || (!dots && !is_preamble(p, n));
	}
	return false;
}

/* Input that is here is read first (poll says a read will not wait), so
 * a document split across reads is seen whole. */
bool split_ready(struct splitter *s)
{
	if (!s->interactive)
		return true;
	for (;;) {
		if (s->eof || s->len - s->pos > SPLIT_MAX_DOC || has_boundary(s))
			return true;
		struct pollfd pfd = { .fd = s->fd, .events = POLLIN };
		if (poll(&pfd, 1, 0) <= 0)
			return false;
		if (!fill(s))
			return true; /* the end: what is left is the last document */
	}
}

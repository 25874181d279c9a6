#include "sink.h"

#include <errno.h>
#include <unistd.h>

void sink_init(struct sink *k, FILE *out)
{
	k->out = out;
	k->fd = fileno(out);
	k->eager = k->fd >= 0 && isatty(k->fd);
	k->err = 0;
}

/* All of p, as a pipe may take it in parts.  After an error the rest
 * goes through stdio, which fails the same way and marks the FILE, so
 * the caller finds the error where it looks for it: ferror(out).  Its
 * reason is kept in k->err: stdio keeps none, and a later fflush that
 * has nothing left to write does not fail again to give it. */
static void write_all(struct sink *k, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(k->fd, p, n);
		if (w > 0) {
			p += w;
			n -= (size_t)w;
		} else if (w == 0 || errno != EINTR) { /* 0 for n > 0: never, but never a loop */
			k->err = w < 0 ? errno : EIO;
			k->fd = -1;
			fwrite(p, 1, n, k->out);
			return;
		}
	}
}

void sink_put(struct sink *k, struct outbuf *b, bool now)
{
	if (!b->len || (!now && !k->eager && b->len < SINK_CHUNK))
		return;
	if (k->fd < 0) {
		ob_flush(b, k->out);
		return;
	}
	fflush(k->out); /* what went through stdio first goes first */
	write_all(k, b->p, b->len);
	b->len = 0;
}

/* Records from a descriptor the CLI opened and never read through
 * stdio: read(2) returns what is there, where fread would wait for a
 * whole buffer, so a pipe's records are answered as they come. */
#include <errno.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static long fd_read(void *data, char *buf, size_t n)
{
	int fd = *(int *)data;
	for (;;) {
		ssize_t got = read(fd, buf, n);
		if (got >= 0 || errno != EINTR)
			return got;
	}
}

/* Before plinth waits on a pipe or terminal it writes out the results
 * it holds; this says when that is. */
static int fd_ready(void *data)
{
	struct pollfd pfd = { .fd = *(int *)data, .events = POLLIN };
	return poll(&pfd, 1, 0) > 0;
}

struct plinth_input fd_input(int *fd)
{
	struct stat st;
	bool waits = fstat(*fd, &st) != 0 || !S_ISREG(st.st_mode);
	return (struct plinth_input){ .read = fd_read, .ready = waits ? fd_ready : NULL, .data = fd };
}

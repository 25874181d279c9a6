#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

bool use_color(FILE *f)
{
	const char *term = getenv("TERM");
	return isatty(fileno(f)) && !getenv("NO_COLOR") && !(term && !strcmp(term, "dumb"));
}

static int stdout_errno; /* why standard output first failed, 0 if it has not */

void flush_results(void)
{
	if (fflush(stdout) && !stdout_errno)
		stdout_errno = errno;
}

void write_results(const char *p, size_t n)
{
	if (fwrite(p, 1, n, stdout) < n && !stdout_errno)
		stdout_errno = errno;
}

void results_not_written(int err)
{
	if (err && !stdout_errno)
		stdout_errno = err;
}

int results_lost(void)
{
	flush_results();
	return stdout_errno ? stdout_errno : ferror(stdout) ? -1 : 0;
}

void be_quiet(void)
{
	flush_results();
	fflush(stderr);
	int fd = open("/dev/null", O_WRONLY);
	if (fd < 0)
		return;
	dup2(fd, STDOUT_FILENO);
	dup2(fd, STDERR_FILENO);
	if (fd > STDERR_FILENO)
		close(fd);
}

/* Protocols and test files are read whole; none is near this. */
enum { MAX_FILE = 64 << 20 };

char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	if (!f) {
		fprintf(stderr, "plinth: cannot read '%s': %s\n", path, strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "plinth: cannot read '%s': it is a directory\n", path);
		fclose(f);
		return NULL;
	}
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (!buf) {
			fprintf(stderr, "plinth: out of memory reading '%s'\n", path);
			fclose(f);
			return NULL;
		}
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		if (cap >= MAX_FILE) { /* /dev/zero, or a records file given as a protocol */
			fprintf(stderr, "plinth: cannot read '%s': larger than %d MiB\n", path, MAX_FILE >> 20);
			free(buf);
			fclose(f);
			return NULL;
		}
		cap *= 2;
		char *grown = realloc(buf, cap);
		if (!grown)
			free(buf);
		buf = grown;
	}
	if (ferror(f)) {
		fprintf(stderr, "plinth: cannot read '%s': %s\n", path, strerror(errno));
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

void print_summary(const char *path, const plinth_diagnostics *d)
{
	int e = plinth_diagnostics_errors(d), w = plinth_diagnostics_warnings(d);
	if (!e && !w)
		return;
	fprintf(stderr, "%s: %d error%s", path, e, e == 1 ? "" : "s");
	if (w)
		fprintf(stderr, ", %d warning%s", w, w == 1 ? "" : "s");
	fputc('\n', stderr);
}

plinth_protocol *load_protocol(const char *path)
{
	size_t len;
	char *src = read_file(path, &len);
	if (!src)
		return NULL;
	plinth_diagnostics *d;
	plinth_protocol *p = plinth_compile(path, src, len, &d);
	plinth_diagnostics_print_color(stderr, d, use_color(stderr));
	print_summary(path, d);
	plinth_diagnostics_free(d);
	free(src);
	return p;
}

int usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "plinth %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\nTry 'plinth %s --help'.\n", cmd);
	va_end(ap);
	return EXIT_USAGE;
}

const char *bad_option(char **argv)
{
	/* optopt names a short option; inside "-xyz" argv[optind - 1] is the
	 * whole word, or even the next argument. */
	static char word[3];
	const char *last = argv[optind - 1];
	if (!strncmp(last, "--", 2))
		return last;
	if (optopt) {
		snprintf(word, sizeof word, "-%c", optopt);
		return word;
	}
	return last;
}

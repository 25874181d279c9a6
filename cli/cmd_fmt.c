/* plinth fmt: lay protocols out in the one canonical way. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "udiff.h"

static const char help[] =
	"usage: plinth fmt [-w | --check | --diff] [-q] [FILE...]\n"
	"\n"
	"Lays each protocol out in its one canonical layout, keeping every\n"
	"comment, and prints it; '-' or no FILE reads stdin.  The result means\n"
	"the same, and formatting it again changes nothing.\n"
	"\n"
	"  -w, --write   rewrite each file that is not formatted, in place\n"
	"      --check   print the name of each file that is not formatted\n"
	"      --diff    print a unified diff of what formatting would change\n"
	"  -q, --quiet   print nothing; only the exit status tells (with --check:\n"
	"                whether every file is formatted)\n"
	"  -h, --help    show this help\n"
	"\n"
	"Exit status: 0 ok (with --check or --diff: every file is formatted);\n"
	"1 a file has syntax errors (it is left alone), or with --check or\n"
	"--diff some file is not formatted; 2 usage error, or a file cannot be\n"
	"read or written.\n";

enum mode { PRINT, WRITE, CHECK, DIFF };

/* One file's text and its formatted text. */
struct job {
	const char *path, *name; /* name: as shown; "<stdin>" for '-' */
	char *src, *out;
	size_t len, outlen;
};

static int worse(int a, int b)
{
	return a > b ? a : b; /* 2 over 1 over 0 */
}

static char *read_stdin(size_t *len)
{
	size_t cap = 65536, n = 0, got;
	char *buf = malloc(cap), *grown;
	while (buf && (got = fread(buf + n, 1, cap - n, stdin)) > 0) {
		if ((n += got) < cap)
			continue;
		if (!(grown = realloc(buf, cap *= 2)))
			free(buf);
		buf = grown;
	}
	if (!buf || ferror(stdin)) {
		fprintf(stderr, "plinth: cannot read stdin: %s\n", buf ? strerror(errno) : "out of memory");
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* Formats job->src into job->out; on syntax errors prints them like
 * plinth check and returns EXIT_ERRORS. */
static int format(struct job *j)
{
	plinth_diagnostics *d;
	FILE *mem = open_memstream(&j->out, &j->outlen);
	if (!mem) {
		fprintf(stderr, "plinth: out of memory formatting '%s'\n", j->name);
		return EXIT_USAGE;
	}
	int rc = plinth_format(j->name, j->src, j->len, mem, &d);
	fclose(mem);
	if (rc < 0) {
		plinth_diagnostics_print_color(stderr, d, use_color(stderr));
		print_summary(j->name, d);
	}
	plinth_diagnostics_free(d);
	return rc < 0 ? EXIT_ERRORS : EXIT_OK;
}

static int write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, s, n);
		if (k < 0)
			return -1;
		s += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Replaces the file the path names (through symbolic links) by writing
 * a temporary file beside it, with the same mode, and renaming it over:
 * a reader never sees half a file, and a failure leaves it whole. */
static int write_in_place(const struct job *j)
{
	char *real = realpath(j->path, NULL), *tmp = NULL;
	struct stat st;
	int err = 0, fd = -1;
	if (!real || stat(real, &st) < 0) {
		err = errno;
		goto out;
	}
	if ((tmp = malloc(strlen(real) + 8)))
		sprintf(tmp, "%s.XXXXXX", real);
	if (!tmp || (fd = mkstemp(tmp)) < 0) {
		err = errno;
		goto out;
	}
	if (write_all(fd, j->out, j->outlen) < 0 || fchmod(fd, st.st_mode & 07777) < 0 || fsync(fd) < 0)
		err = errno;
	if (close(fd) < 0 && !err)
		err = errno;
	if (!err && rename(tmp, real) < 0)
		err = errno;
	if (err)
		unlink(tmp);
out:
	if (err)
		fprintf(stderr, "plinth: cannot write '%s': %s\n", j->path, strerror(err));
	free(tmp);
	free(real);
	return err ? EXIT_USAGE : EXIT_OK;
}

static int finish(struct job *j, enum mode mode)
{
	bool same = j->len == j->outlen && !memcmp(j->src, j->out, j->len);
	switch (mode) {
	case PRINT:
		write_results(j->out, j->outlen);
		return EXIT_OK;
	case CHECK:
		if (!same)
			printf("%s\n", j->name);
		return same ? EXIT_OK : EXIT_ERRORS;
	case DIFF: {
		char *to = malloc(strlen(j->name) + sizeof " (formatted)");
		if (!to) {
			fprintf(stderr, "plinth: out of memory comparing '%s'\n", j->name);
			return EXIT_USAGE;
		}
		sprintf(to, "%s (formatted)", j->name);
		udiff_write(stdout, j->name, to, j->src, j->len, j->out, j->outlen);
		free(to);
		return same ? EXIT_OK : EXIT_ERRORS;
	}
	case WRITE:
		return same ? EXIT_OK : write_in_place(j);
	}
	return EXIT_OK;
}

static int fmt_file(const char *path, enum mode mode)
{
	struct job j = { .path = path, .name = strcmp(path, "-") ? path : "<stdin>" };
	j.src = strcmp(path, "-") ? read_file(path, &j.len) : read_stdin(&j.len);
	if (!j.src)
		return EXIT_USAGE;
	int status = format(&j);
	if (status == EXIT_OK)
		status = finish(&j, mode);
	flush_results();
	free(j.src);
	free(j.out);
	return status;
}

/* Returns the mode, or -1 after --help, or -2 after a usage error. */
static int parse_options(int argc, char **argv, bool *quiet)
{
	static const struct option opts[] = {
		{ "write", no_argument, NULL, 'w' },
		{ "check", no_argument, NULL, 'C' },
		{ "diff", no_argument, NULL, 'D' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c, mode = PRINT;
	optind = 1;
	opterr = 0; /* we say it ourselves, naming the subcommand */
	while ((c = getopt_long(argc, argv, ":wqh", opts, NULL)) != -1) {
		int m = c == 'w' ? WRITE : c == 'C' ? CHECK : c == 'D' ? DIFF : PRINT;
		switch (c) {
		case 'w': case 'C': case 'D':
			if (mode != PRINT && mode != m) {
				usage_error("fmt", "-w, --check and --diff cannot be combined");
				return -2;
			}
			mode = m;
			break;
		case 'q': *quiet = true; break;
		case 'h': fputs(help, stdout); return -1;
		default: usage_error("fmt", "unknown option '%s'", bad_option(argv)); return -2;
		}
	}
	return mode;
}

int cmd_fmt(int argc, char **argv)
{
	bool quiet = false;
	int mode = parse_options(argc, argv, &quiet);
	if (mode < 0)
		return mode == -1 ? EXIT_OK : EXIT_USAGE;
	for (int i = optind; i < argc && mode == WRITE; i++)
		if (!strcmp(argv[i], "-"))
			return usage_error("fmt", "-w rewrites files: it cannot rewrite stdin");
	if (optind == argc && mode == WRITE)
		return usage_error("fmt", "-w rewrites files: give at least one FILE");
	if (quiet)
		be_quiet();
	if (optind == argc)
		return fmt_file("-", (enum mode)mode);
	int status = EXIT_OK;
	for (int i = optind; i < argc; i++)
		status = worse(status, fmt_file(argv[i], (enum mode)mode));
	return status;
}

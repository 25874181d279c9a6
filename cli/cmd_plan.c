/* plinth plan: stream client records through a protocol. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* A printf format: the formats -f takes. */
static const char help[] =
	"usage: plinth plan -p PROTOCOL [options] [RECORDS...]\n"
	"\n"
	"Reads client records (YAML; several documents per file; '-' or no file\n"
	"for stdin) and prints, for each, the ordered plan and the blocked steps.\n"
	"\n"
	"  -p, --protocol FILE      the protocol to apply (required)\n"
	"  -f, --format FORMAT      %s\n"
	"      --explain            with each record, every check and clause with\n"
	"                           its value and the fields it read, and where\n"
	"                           the record gave each (text or json, not tsv)\n"
	"      --strict             undeclared record keys are record errors\n"
	"      --only STATUS,...    show only steps that are planned, blocked,\n"
	"                           skipped or done\n"
	"      --fail-on KIND,...   exit 3 when a step is blocked for one of these\n"
	"                           reasons: contraindicated, unassessed, unmet,\n"
	"                           dependency, or blocked (any)\n"
	"  -q, --quiet              print nothing; still read every record, and\n"
	"                           only set the exit status\n"
	"  -j, --jobs N             plan on N threads (0: one per core); the output\n"
	"                           is the same as with one\n"
	"  -h, --help               show this help\n"
	"\n"
	"Exit status: 0 ok, 1 some record was invalid, 2 usage error, protocol\n"
	"does not compile or a file cannot be read, 3 --fail-on matched.\n";

static void print_help(void)
{
	char formats[256];
	printf(help, format_help(formats, sizeof formats, false));
}

struct plan_opts {
	const char *protocol;
	struct plinth_output out;
	unsigned flags;
	unsigned fail_on; /* bit per plinth_reason_kind; ~0u for any */
	int jobs;         /* threads: 1 by default, 0 for one per core */
	bool quiet;       /* write no results: only the exit status */
};

/* Parses a comma-separated list of words into bits; -1 on a bad word. */
static int word_bits(const char *list, const char *const *words, int nwords, const char **bad)
{
	int bits = 0;
	char *copy = strdup(list), *save = NULL;
	for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		int i = 0;
		while (i < nwords && strcmp(w, words[i]))
			i++;
		if (i == nwords) {
			static char word[64];
			snprintf(word, sizeof word, "%s", w);
			*bad = word;
			free(copy);
			return -1;
		}
		bits |= 1 << i;
	}
	free(copy);
	return bits;
}

static int parse_options(int argc, char **argv, struct plan_opts *o)
{
	static const struct option opts[] = {
		{ "protocol", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 'f' },
		{ "strict", no_argument, NULL, 'S' },
		{ "explain", no_argument, NULL, 'E' },
		{ "only", required_argument, NULL, 'O' },
		{ "fail-on", required_argument, NULL, 'F' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	/* --fail-on's words: the kinds that block a step, then "blocked", any */
	static const char *const kinds[NBLOCKING + 1] = {
#define NAME(name, word) word,
		PLINTH_BLOCKING_REASON_KINDS(NAME)
#undef NAME
		"blocked",
	};
	char list[256];
	const char *bad;
	char *end;
	int c, bits;
	optind = 1;
	opterr = 0; /* we say it ourselves, naming the subcommand */
	while ((c = getopt_long(argc, argv, ":p:f:j:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'p': o->protocol = optarg; break;
		case 'f':
			if (format_option("plan", optarg, false, &o->out.format))
				return EXIT_USAGE;
			break;
		case 'S': o->flags |= PLINTH_STRICT; break;
		case 'E': o->out.explain = 1; break;
		case 'O':
			if ((bits = word_bits(optarg, status_names, NSTATUSES, &bad)) < 0) {
				word_list(list, sizeof list, status_names, NSTATUSES, ", ", " or ");
				return usage_error("plan", "--only takes %s, not '%s'", list, bad);
			}
			o->out.only |= (unsigned)bits;
			break;
		case 'F':
			if ((bits = word_bits(optarg, kinds, NBLOCKING + 1, &bad)) < 0) {
				word_list(list, sizeof list, kinds, NBLOCKING + 1, ", ", " or ");
				return usage_error("plan", "--fail-on takes %s, not '%s'", list, bad);
			}
			o->fail_on |= (bits >> NBLOCKING & 1) ? ~0u : (unsigned)bits;
			break;
		case 'q': o->quiet = true; break;
		case 'j':
			o->jobs = (int)strtol(optarg, &end, 10);
			if (*end || end == optarg || o->jobs < 0 || o->jobs > 1024)
				return usage_error("plan", "-j takes a number of jobs from 0 (one per core) to 1024, not '%s'",
				                   optarg);
			break;
		case 'h': print_help(); return -1;
		case ':': return usage_error("plan", "option '%s' needs a value", bad_option(argv));
		default: return usage_error("plan", "unknown option '%s'", bad_option(argv));
		}
	}
	if (!o->protocol)
		return usage_error("plan", "no protocol given (-p PROTOCOL)");
	if (o->out.explain && !format_explains(o->out.format))
		return usage_error("plan", "--explain needs -f %s", format_list(list, sizeof list, true, ", ", " or "));
	return EXIT_OK;
}

/* Streams one input; returns the worst status it saw. */
static int plan_file(const plinth_protocol *p, const struct plan_opts *o, const char *path, long *record)
{
	bool is_stdin = !strcmp(path, "-");
	const char *name = is_stdin ? "<stdin>" : path;
	FILE *in = is_stdin ? stdin : fopen(path, "rb");
	struct stat st;
	if (!in || (fstat(fileno(in), &st) == 0 && S_ISDIR(st.st_mode))) {
		fprintf(stderr, "plinth: cannot read '%s': %s\n", path, in ? "it is a directory" : strerror(errno));
		if (in)
			fclose(in);
		return EXIT_USAGE;
	}
	struct plinth_stream_summary sum = { 0 };
	int fd = fileno(in);
	struct plinth_input input = fd_input(&fd);
	plinth_plan_input(p, &input, name, o->flags, *record, &o->out, stdout, o->jobs, &sum);
	results_not_written(sum.write_error);
	*record += sum.records;
	int status = sum.invalid ? EXIT_ERRORS : (sum.blocked_kinds & o->fail_on) ? EXIT_FAIL_ON : EXIT_OK;
	if (sum.io_error) {
		fprintf(stderr, "plinth: error reading '%s': %s\n", path, strerror(errno));
		status = EXIT_USAGE;
	}
	if (!is_stdin)
		fclose(in);
	return status;
}

/* The worst of two statuses: 2, then 1, then 3, then 0. */
static int worse(int a, int b)
{
	static const int rank[] = { [EXIT_OK] = 0, [EXIT_FAIL_ON] = 1, [EXIT_ERRORS] = 2, [EXIT_USAGE] = 3 };
	return rank[b] > rank[a] ? b : a;
}

int cmd_plan(int argc, char **argv)
{
	struct plan_opts o = { .jobs = 1 };
	int status = parse_options(argc, argv, &o);
	if (status)
		return status < 0 ? EXIT_OK : status;
	if (o.quiet)
		be_quiet();
	plinth_protocol *p = load_protocol(o.protocol);
	if (!p)
		return EXIT_USAGE;
	o.out.protocol_file = o.protocol;
	o.jobs = plinth_jobs(o.jobs);
	static char buf[1 << 16];
	setvbuf(stdout, buf, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF, sizeof buf);
	plinth_write_header(stdout, &o.out);
	long record = 1;
	if (optind == argc)
		status = plan_file(p, &o, "-", &record);
	for (int i = optind; i < argc; i++)
		status = worse(status, plan_file(p, &o, argv[i], &record));
	plinth_protocol_free(p);
	return status;
}

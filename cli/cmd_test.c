/* plinth test: run protocol test files and say what differs. */
#include <getopt.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/escape.h"
#include "testrun.h"
#include "udiff.h"

static const char help[] =
	"usage: plinth test [-v] [-q] [--run PATTERN] [--junit FILE] [--coverage [--threshold PCT]] FILE...\n"
	"\n"
	"Runs protocol test files (*.test.yaml): each names its protocol and\n"
	"lists cases, a record and what must come of it (plan, blocked, done,\n"
	"skipped).  A failing case shows expected against actual as a diff.\n"
	"\n"
	"  -v, --verbose        name every case, passing ones too\n"
	"      --run PATTERN    run only cases whose name matches this extended\n"
	"                       regular expression\n"
	"      --junit FILE     also write the results as JUnit XML\n"
	"      --coverage       report which steps were planned, blocked and\n"
	"                       skipped, and which clauses were true and false\n"
	"      --threshold PCT  with --coverage: fail when step or clause\n"
	"                       coverage is below PCT percent\n"
	"  -q, --quiet          print nothing; only the exit status tells (the\n"
	"                       --junit file is still written)\n"
	"  -h, --help           show this help\n"
	"\n"
	"The last line is 'N passed, N failed'.  Exit status: 0 all passed,\n"
	"1 a case failed or coverage is below the threshold, 2 usage error,\n"
	"unreadable file or a protocol that does not compile.\n";

struct test_opts {
	bool verbose, coverage, quiet;
	double threshold;
	const char *junit;
	bool has_run;
	regex_t run;
};

static int parse_options(int argc, char **argv, struct test_opts *o)
{
	static const struct option opts[] = {
		{ "verbose", no_argument, NULL, 'v' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "run", required_argument, NULL, 'r' },
		{ "junit", required_argument, NULL, 'j' },
		{ "coverage", no_argument, NULL, 'c' },
		{ "threshold", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;
	char *end;
	optind = 1;
	opterr = 0; /* we say it ourselves, naming the subcommand */
	while ((c = getopt_long(argc, argv, ":vqh", opts, NULL)) != -1) {
		switch (c) {
		case 'v': o->verbose = true; break;
		case 'q': o->quiet = true; break;
		case 'r':
			if (o->has_run)
				regfree(&o->run);
			if (regcomp(&o->run, optarg, REG_EXTENDED | REG_NOSUB))
				return usage_error("test", "--run: '%s' is not a valid regular expression", optarg);
			o->has_run = true;
			break;
		case 'j': o->junit = optarg; break;
		case 'c': o->coverage = true; break;
		case 't':
			o->threshold = strtod(optarg, &end);
			if (*end || end == optarg || o->threshold < 0 || o->threshold > 100)
				return usage_error("test", "--threshold takes a percentage from 0 to 100, not '%s'", optarg);
			break;
		case 'h': fputs(help, stdout); return -1;
		case ':': return usage_error("test", "option '%s' needs a value", bad_option(argv));
		default: return usage_error("test", "unknown option '%s'", bad_option(argv));
		}
	}
	if (optind >= argc)
		return usage_error("test", "no test file given");
	if (o->threshold && !o->coverage)
		return usage_error("test", "--threshold goes with --coverage");
	return EXIT_OK;
}

/* ---- what was expected and what came, in one spelling -------------- */

/* Every name, message and place from the test file, the protocol or a
 * record is written as plan's text output writes values (tsv_between):
 * on one line, with no terminal control in it. */

static int step_index(const plinth_protocol *p, const char *name)
{
	for (int i = 0; i < plinth_protocol_steps(p); i++)
		if (!strcmp(plinth_protocol_step(p, i), name))
			return i;
	return -1;
}

/* Names of a list in plan order (sets) or as given (the plan). */
static void name_list(FILE *f, const char *key, const char **names, int n)
{
	fprintf(f, "%s:%s\n", key, n ? "" : " []");
	for (int i = 0; i < n; i++)
		tsv_between(f, "  - ", names[i], "\n");
}

static int by_plan(const plinth_protocol *p, const char *a, const char *b)
{
	return step_index(p, a) - step_index(p, b);
}

static void sort_names(const plinth_protocol *p, const char **v, int n)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && by_plan(p, v[j - 1], v[j]) > 0; j--) {
			const char *t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

static void kinds_line(FILE *f, const char *step, const bool kinds[NBLOCKING])
{
	tsv_between(f, "  ", step, ": [");
	const char *sep = "";
	for (int k = 0; k < NBLOCKING; k++)
		if (kinds[k]) {
			fprintf(f, "%s%s", sep, blocking_names[k]);
			sep = ", ";
		}
	fputs("]\n", f);
}

static void expected_names(FILE *f, const plinth_protocol *p, const char *key, const struct ynode *list, bool sorted)
{
	const char **v = calloc((size_t)list->n + 1, sizeof *v);
	int n = 0;
	for (int i = 0; i < list->n; i++) {
		bool dup = false;
		for (int j = 0; j < n && sorted; j++)
			dup |= !strcmp(v[j], list->items[i]->text);
		if (!dup)
			v[n++] = list->items[i]->text;
	}
	if (sorted)
		sort_names(p, v, n);
	name_list(f, key, v, n);
	free(v);
}

static void expected_blocked(FILE *f, const plinth_protocol *p, const struct ynode *map)
{
	fprintf(f, "%s:%s\n", status_sections[PLINTH_BLOCKED], map->n ? "" : " {}");
	for (int s = 0; s < plinth_protocol_steps(p); s++) /* in plan order */
		for (int i = 0; i + 1 < map->n; i += 2) {
			if (strcmp(map->items[i]->text, plinth_protocol_step(p, s)))
				continue;
			bool kinds[NBLOCKING] = { false };
			const struct ynode *list = map->items[i + 1];
			for (int k = 0; k < list->n; k++)
				for (int j = 0; j < NBLOCKING; j++)
					kinds[j] |= !strcmp(list->items[k]->text, blocking_names[j]);
			kinds_line(f, plinth_protocol_step(p, s), kinds);
			break;
		}
}

static char *render_expected(const plinth_protocol *p, const struct test_case *c, size_t *len)
{
	char *buf;
	FILE *f = open_memstream(&buf, len);
	for (int k = 0; k < NSTATUSES; k++) {
		enum plinth_status s = listed_statuses[k];
		const struct ynode *list = c->expect[s];
		if (!list)
			continue;
		switch (s) {
		case PLINTH_PLANNED: expected_names(f, p, status_sections[s], list, false); break; /* in order */
		case PLINTH_BLOCKED: expected_blocked(f, p, list); break;
		case PLINTH_SKIPPED: case PLINTH_DONE: expected_names(f, p, status_sections[s], list, true); break;
		}
	}
	fclose(f);
	return buf;
}

static void actual_names(FILE *f, const struct plinth_result *r, enum plinth_status s)
{
	const char **v = calloc((size_t)r->ndecisions + 1, sizeof *v);
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++)
		if (r->decisions[i].status == s)
			v[n++] = r->decisions[i].step;
	name_list(f, status_sections[s], v, n);
	free(v);
}

static void actual_blocked(FILE *f, const struct plinth_result *r)
{
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++)
		n += r->decisions[i].status == PLINTH_BLOCKED;
	fprintf(f, "%s:%s\n", status_sections[PLINTH_BLOCKED], n ? "" : " {}");
	for (int i = 0; i < r->ndecisions; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		if (d->status != PLINTH_BLOCKED)
			continue;
		bool kinds[NBLOCKING] = { false };
		for (int k = 0; k < d->nreasons; k++)
			kinds[d->reasons[k].kind] = true; /* a blocked step's reasons all block */
		kinds_line(f, d->step, kinds);
	}
}

static char *render_actual(const struct test_case *c, const struct plinth_result *r, size_t *len)
{
	char *buf;
	FILE *f = open_memstream(&buf, len);
	for (int k = 0; k < NSTATUSES; k++) {
		enum plinth_status s = listed_statuses[k];
		if (!c->expect[s])
			continue;
		switch (s) {
		case PLINTH_BLOCKED: actual_blocked(f, r); break;
		case PLINTH_PLANNED: case PLINTH_SKIPPED: case PLINTH_DONE: actual_names(f, r, s); break;
		}
	}
	fclose(f);
	return buf;
}

/* ---- running ------------------------------------------------------- */

struct run {
	struct test_opts *o;
	bool color;   /* stdout is a terminal that wants colour */
	int passed, failed, status;
	struct file_result *files;
	int nfiles;
	struct coverage **covs;
	int ncovs;
};

static struct coverage *coverage_for(struct run *run, const plinth_protocol *p, const char *path)
{
	/* One per test file; test files of one protocol each report it. */
	struct coverage *cov = coverage_new(p, path);
	run->covs = realloc(run->covs, sizeof *run->covs * (size_t)(run->ncovs + 1));
	run->covs[run->ncovs++] = cov;
	return cov;
}

static void run_case(struct run *run, struct test_file *t, plinth_reader *rd, const plinth_protocol *p,
                     struct coverage *cov, struct case_result *res)
{
	const struct test_case *c = res->c;
	if (c->error) {
		res->error = c->error;
		return;
	}
	size_t len, elen, alen;
	char *text = ynode_text(&t->arena, t->src, t->len, c->record, &len);
	const struct plinth_result *r = plinth_reader_eval(rd, text, len, c->record->line);
	if (r->error) {
		res->error = arena_printf(&t->arena, "%s:%d:%d: the record is invalid: %s", t->path,
		                          r->error_line, r->error_column, r->error);
		return;
	}
	if (cov)
		coverage_add(cov, r, plinth_reader_explain(rd));
	char *expected = render_expected(p, c, &elen), *actual = render_actual(c, r, &alen);
	res->passed = elen == alen && !memcmp(expected, actual, elen);
	if (!res->passed) {
		FILE *f = open_memstream(&res->diff, &len);
		udiff_write(f, "expected", "actual", expected, elen, actual, alen);
		fclose(f);
	}
	free(expected);
	free(actual);
	(void)run;
}

/* An ANSI colour, or nothing when not colouring. */
static const char *sgr(const struct run *run, const char *seq)
{
	return run->color ? seq : "";
}

#define OK_COLOR "\033[32m"     /* green */
#define FAIL_COLOR "\033[1;31m" /* bold red */
#define RESET "\033[0m"

/* A diff line's colour: removed red, added green, hunk heads cyan. */
static const char *diff_color(const struct run *run, const char *line)
{
	if (!strncmp(line, "---", 3) || !strncmp(line, "+++", 3))
		return sgr(run, "\033[1m");
	return sgr(run, *line == '-' ? "\033[31m" : *line == '+' ? "\033[32m" : *line == '@' ? "\033[36m" : "");
}

/* "ok" or "FAIL" (coloured, or plain), then the case's name and place. */
static void case_line(const struct run *run, const char *colored, const char *plain, const struct test_file *t,
                      const struct test_case *c)
{
	fputs(run->color ? colored : plain, stdout);
	tsv_between(stdout, "", c->name, " (");
	tsv_between(stdout, "", t->path, "");
	printf(":%d)\n", c->line);
}

static void report_case(struct run *run, const struct test_file *t, const struct case_result *res)
{
	const struct test_case *c = res->c;
	if (res->passed) {
		run->passed++;
		if (run->o->verbose)
			case_line(run, OK_COLOR "ok" RESET "   ", "ok   ", t, c);
		return;
	}
	run->failed++;
	case_line(run, FAIL_COLOR "FAIL" RESET " ", "FAIL ", t, c);
	if (res->error)
		tsv_between(stdout, "  ", res->error, "\n");
	for (char *line = res->diff, *nl; line && *line; line = nl + 1) {
		nl = strchr(line, '\n');
		const char *on = diff_color(run, line);
		printf("  %s%.*s%s\n", on, (int)(nl ? nl - line : (long)strlen(line)), line, *on ? RESET : "");
		if (!nl)
			break;
	}
}

static bool selected(const struct test_opts *o, const struct test_case *c)
{
	return !o->has_run || regexec(&o->run, c->name, 0, NULL, 0) == 0;
}

static void run_file(struct run *run, struct test_file *t, struct file_result *fr)
{
	fr->t = t;
	if (t->error) {
		printf("%sFAIL%s ", sgr(run, FAIL_COLOR), sgr(run, RESET));
		tsv_between(stdout, "", t->path, "\n");
		tsv_between(stdout, "  ", t->error, "\n");
		run->failed++;
		return;
	}
	plinth_protocol *p = load_protocol(t->protocol_path);
	if (!p) {
		run->status = EXIT_USAGE;
		return;
	}
	test_file_check_names(t, p);
	struct coverage *cov = run->o->coverage ? coverage_for(run, p, t->protocol_path) : NULL;
	plinth_reader *rd = plinth_reader_open(p, NULL, t->path, 0, 1);
	fr->cases = calloc((size_t)t->ncases + 1, sizeof *fr->cases);
	for (int i = 0; i < t->ncases; i++) {
		if (!selected(run->o, &t->cases[i]))
			continue;
		struct case_result *res = &fr->cases[fr->ncases++];
		res->c = &t->cases[i];
		run_case(run, t, rd, p, cov, res);
		report_case(run, t, res);
	}
	plinth_reader_close(rd);
	plinth_protocol_free(p);
}

static bool finish(struct run *run)
{
	bool covered = true;
	for (int i = 0; i < run->ncovs; i++) {
		covered &= coverage_report(stdout, run->covs[i], run->o->threshold);
		coverage_free(run->covs[i]);
	}
	free(run->covs);
	if (run->o->junit && !junit_write(run->o->junit, run->files, run->nfiles))
		run->status = EXIT_USAGE;
	printf("%d passed, %d failed\n", run->passed, run->failed);
	return covered;
}

int cmd_test(int argc, char **argv)
{
	struct test_opts o = { 0 };
	int status = parse_options(argc, argv, &o);
	if (status)
		return status < 0 ? EXIT_OK : status;
	int n = argc - optind;
	struct test_file *files = calloc((size_t)n, sizeof *files);
	if (o.quiet)
		be_quiet();
	struct run run = { .o = &o, .color = use_color(stdout), .files = calloc((size_t)n, sizeof *run.files) };
	for (int i = 0; i < n; i++) {
		if (!test_file_load(&files[i], argv[optind + i])) {
			run.status = EXIT_USAGE;
			continue;
		}
		run_file(&run, &files[i], &run.files[run.nfiles++]);
	}
	bool covered = finish(&run);
	for (int i = 0; i < run.nfiles; i++) {
		for (int k = 0; k < run.files[i].ncases; k++)
			free(run.files[i].cases[k].diff);
		free(run.files[i].cases);
	}
	for (int i = 0; i < n; i++)
		test_file_free(&files[i]);
	free(files);
	free(run.files);
	if (o.has_run)
		regfree(&o.run);
	if (run.status)
		return run.status;
	return run.failed || !covered ? EXIT_ERRORS : EXIT_OK;
}

/* The command line: one file per subcommand, each returning its exit
 * status (cli.md: 0 ok, 1 errors or bad records, 2 usage or unreadable
 * input, 3 --fail-on matched). */
#ifndef PLINTH_CLI_H
#define PLINTH_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "../include/plinth.h"

enum { EXIT_OK = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2, EXIT_FAIL_ON = 3 };

int cmd_check(int argc, char **argv);
int cmd_plan(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_test(int argc, char **argv);

/* Reads a whole file; on failure prints why and returns NULL. */
char *read_file(const char *path, size_t *len);
/* Reads and compiles a protocol, printing its diagnostics to stderr;
 * NULL when it cannot be read or does not compile. */
plinth_protocol *load_protocol(const char *path);
/* Prints "FILE: N errors, M warnings" when there were any. */
void print_summary(const char *path, const plinth_diagnostics *d);
/* Whether to colour what goes to f: it is a terminal, NO_COLOR is not
 * set (to anything: no-color.org) and TERM is not "dumb". */
bool use_color(FILE *f);
/* Flushes standard output, keeping the reason should it fail: a full
 * disk shows only when buffered output is flushed. */
void flush_results(void);
/* fwrite to standard output, keeping the reason should it fail. */
void write_results(const char *p, size_t n);
/* Why results written to standard output were lost (an errno; -1 if
 * stdio failed where the reason was not kept), after flushing it; 0 if
 * none were. */
int results_lost(void);
/* Keeps err as the reason results were lost, for output written to
 * standard output's descriptor past stdio (plan); 0: none. */
void results_not_written(int err);
/* For -q: from now on, standard output and standard error go nowhere;
 * only the exit status tells.  Call after the options are parsed, so
 * usage errors are still seen. */
void be_quiet(void);
/* The option getopt_long just rejected, as the user wrote it. */
const char *bad_option(char **argv);
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- words.c: names from the tables of plinth.h ---------------------- */

enum {
	NSTATUSES = 0 PLINTH_STATUSES(PLINTH_PLUS_ONE),
	NBLOCKING = 0 PLINTH_BLOCKING_REASON_KINDS(PLINTH_PLUS_ONE),
	NFORMATS = 0 PLINTH_FORMATS(PLINTH_PLUS_ONE),
};
/* By enum value: "planned"; the kinds that block a step, "unmet"; -f's
 * names, "json". */
extern const char *const status_names[NSTATUSES];
extern const char *const blocking_names[NBLOCKING];
extern const char *const format_names[NFORMATS];
/* By status, the key of its list in test files (as in JSON): "plan". */
extern const char *const status_sections[NSTATUSES];
/* The statuses in the order their lists come: plan, blocked, done,
 * skipped. */
extern const enum plinth_status listed_statuses[NSTATUSES];

/* words[0..n) joined by sep, the last two by last (", " and " or ":
 * "a, b or c"), into buf. */
const char *word_list(char *buf, size_t size, const char *const *words, int n, const char *sep,
                      const char *last);
/* Whether format f has room for an explanation (--explain). */
bool format_explains(enum plinth_format f);
/* The names of the formats -f takes (only those with room for an
 * explanation when `explaining`), joined as word_list joins them. */
const char *format_list(char *buf, size_t size, bool explaining, const char *sep, const char *last);
/* The same for help, with a note on each: "text (default), json (JSON
 * Lines) or tsv". */
const char *format_help(char *buf, size_t size, bool explaining);
/* -f's value: sets *f to the format arg names, among those cmd takes,
 * and returns EXIT_OK; else reports a usage error naming them. */
int format_option(const char *cmd, const char *arg, bool explaining, enum plinth_format *f);

/* The input that reads *fd with read(2); *fd must outlive it. */
struct plinth_input fd_input(int *fd);

#endif

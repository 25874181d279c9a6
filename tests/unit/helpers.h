/* Shared test helpers: compile a protocol from a string, stream YAML
 * records from a string through the public reader, and look results up
 * by step name.  Everything a helper returns is owned as documented. */
#ifndef PLINTH_TEST_HELPERS_H
#define PLINTH_TEST_HELPERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <check.h>

#include "include/plinth.h"

/* Compiles src (named "t.plinth"); *diags always receives the
 * diagnostics, which the caller frees.  NULL when there are errors. */
plinth_protocol *compile_src(const char *src, plinth_diagnostics **diags);

/* Every diagnostic as "LINE:COL: error|warning: [CODE] MESSAGE\n", in the
 * order reported; a static buffer, for failure messages. */
const char *diags_text(const plinth_diagnostics *d);

/* Compiles src, which must compile; fails the test otherwise, showing
 * the diagnostics.  The caller frees the protocol. */
plinth_protocol *compile_ok_at(const char *src, const char *file, int line);
#define compile_ok(src) compile_ok_at((src), __FILE__, __LINE__)

/* The first error diagnostic with this code, line, column and exact
 * message, or NULL. */
const struct plinth_diagnostic *diag_find(const plinth_diagnostics *d, const char *code,
                                          int line, int column, const char *message);

/* Compiles src, which must fail with an error of exactly this code,
 * place and message among its diagnostics. */
#define expect_error(src, code, line, column, message)                                        \
	do {                                                                                  \
		plinth_diagnostics *ee_d_;                                                    \
		plinth_protocol *ee_p_ = compile_src((src), &ee_d_);                          \
		ck_assert_msg(ee_p_ == NULL, "protocol compiled; expected error %s:%d:%d",    \
		              (code), (line), (column));                                      \
		ck_assert_msg(diag_find(ee_d_, (code), (line), (column), (message)) != NULL,    \
		              "expected error %d:%d [%s] %s\ngot:\n%s", (line), (column),     \
		              (code), (message), diags_text(ee_d_));                          \
		plinth_diagnostics_free(ee_d_);                                               \
	} while (0)

/* The first error with this code and place whose message contains
 * `part`, or NULL. */
const struct plinth_diagnostic *diag_find_part(const plinth_diagnostics *d, const char *code,
                                               int line, int column, const char *part);

/* Like expect_error, for messages whose exact wording language.md
 * leaves open: the message must contain each of the given parts. */
#define expect_error_with(src, code, line, column, ...)                                      \
	do {                                                                                  \
		plinth_diagnostics *ee_d_;                                                    \
		plinth_protocol *ee_p_ = compile_src((src), &ee_d_);                          \
		ck_assert_msg(ee_p_ == NULL, "protocol compiled; expected error %s:%d:%d",    \
		              (code), (line), (column));                                      \
		const char *ee_parts_[] = { __VA_ARGS__, NULL };                              \
		for (int ee_i_ = 0; ee_parts_[ee_i_]; ee_i_++)                                \
			ck_assert_msg(diag_find_part(ee_d_, (code), (line), (column),         \
			                             ee_parts_[ee_i_]) != NULL,               \
			              "expected error %d:%d [%s] containing '%s'\ngot:\n%s",  \
			              (line), (column), (code), ee_parts_[ee_i_],             \
			              diags_text(ee_d_));                                     \
		plinth_diagnostics_free(ee_d_);                                               \
	} while (0)

/* Compiles src and returns the number of errors (the protocol, if any,
 * is freed); *text receives diags_text of the diagnostics. */
int count_errors(const char *src, const char **text);

/* Records from a YAML string, through fmemopen and the public reader. */
struct run {
	FILE *in;
	plinth_reader *reader;
};
void run_open(struct run *run, const plinth_protocol *p, const char *yaml, unsigned flags);
/* The next result (valid until the next call), or NULL at the end. */
const struct plinth_result *run_next(struct run *run);
void run_close(struct run *run);

/* A protocol and one record evaluated through it, for tests that need
 * only the first result.  one_free releases everything. */
struct one {
	plinth_protocol *p;
	struct run run;
	const struct plinth_result *res;
};
const struct plinth_result *one_record_at(struct one *o, const char *protocol, const char *yaml,
                                          unsigned flags, const char *file, int line);
#define one_record(o, protocol, yaml) one_record_at((o), (protocol), (yaml), 0, __FILE__, __LINE__)
void one_free(struct one *o);

/* The decision for a step, or NULL. */
const struct plinth_decision *find_decision(const struct plinth_result *r, const char *step);
/* The decision for a step; fails the test when there is none. */
const struct plinth_decision *decision_at(const struct plinth_result *r, const char *step,
                                          const char *file, int line);
#define decision(r, step) decision_at((r), (step), __FILE__, __LINE__)

/* Names of the steps with this status, in result order, joined by ", "
 * (PLINTH_PLANNED: in plan order, by seq).  A static buffer, valid until
 * the next call. */
const char *steps_with(const struct plinth_result *r, enum plinth_status s);
/* The planned steps in plan order; the same as steps_with PLANNED. */
#define plan_of(r) steps_with((r), PLINTH_PLANNED)

/* The reasons of a decision as "kind: message; kind: message". */
const char *reasons_text(const struct plinth_decision *d);

/* A file of the source tree, NUL-terminated; the caller frees it. */
char *read_source_file(const char *relpath, size_t *len);

#endif

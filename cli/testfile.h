/* Protocol test files (*.test.yaml): what they hold, checked against
 * the protocol they name, every problem placed at file:line:col. */
#ifndef PLINTH_TESTFILE_H
#define PLINTH_TESTFILE_H

#include "cli.h"
#include "yamltree.h"

struct test_case {
	const char *name;
	int line;
	const struct ynode *record;
	const struct ynode *expect[NSTATUSES]; /* by status: its list, under
	                           its key (status_sections); NULL: not asked */
	const char *error; /* a problem in the case itself, with its place */
};

struct test_file {
	struct arena arena;
	const char *path;
	char *src;
	size_t len;
	const char *protocol_path; /* as the CLI opens it */
	const char *error;         /* the file cannot be used at all */
	struct test_case *cases;
	int ncases;
};

/* Reads and checks a test file's shape; returns false when it cannot
 * be read (reported, exit 2).  Problems inside it go to t->error or to
 * the cases. */
bool test_file_load(struct test_file *t, const char *path);
/* Checks the step names and reason kinds of every case against p. */
void test_file_check_names(struct test_file *t, const plinth_protocol *p);
void test_file_free(struct test_file *t);

#endif

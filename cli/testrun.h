/* What running test cases produces, for the report, JUnit and coverage. */
#ifndef PLINTH_TESTRUN_H
#define PLINTH_TESTRUN_H

#include "testfile.h"

struct case_result {
	const struct test_case *c;
	bool passed;
	const char *error;  /* the case could not be run: where and why */
	char *diff;         /* expected against actual, when it failed */
};

struct file_result {
	const struct test_file *t;
	struct case_result *cases; /* those selected by --run */
	int ncases;
};

/* Coverage of one protocol across every case run against it. */
struct coverage;
struct coverage *coverage_new(const plinth_protocol *p, const char *path);
void coverage_add(struct coverage *cov, const struct plinth_result *r, const struct plinth_explanation *x);
/* Writes the report; returns whether both figures reach threshold. */
bool coverage_report(FILE *out, struct coverage *cov, double threshold);
void coverage_free(struct coverage *cov);

/* Writes JUnit XML for every file's cases; false if it cannot. */
bool junit_write(const char *path, const struct file_result *files, int nfiles);

#endif

/* JUnit XML, the format CI dashboards read test results in. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "testrun.h"

static void xml(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&apos;", f); break;
		default:
			/* XML 1.0 has no place for other control characters. */
			if ((unsigned char)*s >= 0x20 || *s == '\n' || *s == '\t')
				fputc(*s, f);
		}
	}
}

static void testcase(FILE *f, const struct test_file *t, const struct case_result *r)
{
	fputs("    <testcase classname=\"", f);
	xml(f, t->protocol_path);
	fputs("\" name=\"", f);
	xml(f, r->c->name);
	fprintf(f, "\" file=\"");
	xml(f, t->path);
	fprintf(f, "\" line=\"%d\"", r->c->line);
	if (r->passed) {
		fputs("/>\n", f);
		return;
	}
	if (r->error) {
		fputs(">\n      <error message=\"", f);
		xml(f, r->error);
		fputs("\"/>\n    </testcase>\n", f);
		return;
	}
	fputs(">\n      <failure message=\"expected and actual differ\">", f);
	xml(f, r->diff);
	fputs("</failure>\n    </testcase>\n", f);
}

static void suite(FILE *f, const struct file_result *fr)
{
	int failures = 0, errors = 0;
	for (int i = 0; i < fr->ncases; i++) {
		failures += !fr->cases[i].passed && !fr->cases[i].error;
		errors += fr->cases[i].error != NULL;
	}
	errors += fr->t->error != NULL;
	fputs("  <testsuite name=\"", f);
	xml(f, fr->t->path);
	fprintf(f, "\" tests=\"%d\" failures=\"%d\" errors=\"%d\">\n", fr->ncases + (fr->t->error != NULL), failures,
	        errors);
	if (fr->t->error) {
		fputs("    <testcase classname=\"", f);
		xml(f, fr->t->path);
		fputs("\" name=\"(file)\">\n      <error message=\"", f);
		xml(f, fr->t->error);
		fputs("\"/>\n    </testcase>\n", f);
	}
	for (int i = 0; i < fr->ncases; i++)
		testcase(f, fr->t, &fr->cases[i]);
	fputs("  </testsuite>\n", f);
}

bool junit_write(const char *path, const struct file_result *files, int nfiles)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "plinth: cannot write '%s': %s\n", path, strerror(errno));
		return false;
	}
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n", f);
	for (int i = 0; i < nfiles; i++)
		suite(f, &files[i]);
	fputs("</testsuites>\n", f);
	if (fclose(f)) {
		fprintf(stderr, "plinth: cannot write '%s': %s\n", path, strerror(errno));
		return false;
	}
	return true;
}

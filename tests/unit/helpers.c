#include "helpers.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#ifndef SOURCE_DIR
#define SOURCE_DIR "."
#endif

plinth_protocol *compile_src(const char *src, plinth_diagnostics **diags)
{
	return plinth_compile("t.plinth", src, strlen(src), diags);
}

static void append(char *buf, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void append(char *buf, size_t cap, const char *fmt, ...)
{
	size_t n = strlen(buf);
	if (n + 1 >= cap)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf + n, cap - n, fmt, ap);
	va_end(ap);
}

const char *diags_text(const plinth_diagnostics *d)
{
	static char buf[8192];
	buf[0] = '\0';
	for (size_t i = 0; i < plinth_diagnostics_count(d); i++) {
		const struct plinth_diagnostic *g = plinth_diagnostics_get(d, i);
		append(buf, sizeof buf, "%d:%d: %s: [%s] %s\n", g->line, g->column,
		       g->severity == PLINTH_ERROR ? "error" : "warning", g->code, g->message);
	}
	return buf;
}

plinth_protocol *compile_ok_at(const char *src, const char *file, int line)
{
	plinth_diagnostics *d;
	plinth_protocol *p = compile_src(src, &d);
	if (!p || plinth_diagnostics_errors(d))
		ck_abort_msg("%s:%d: protocol does not compile:\n%s", file, line, diags_text(d));
	plinth_diagnostics_free(d);
	return p;
}

const struct plinth_diagnostic *diag_find(const plinth_diagnostics *d, const char *code,
                                          int line, int column, const char *message)
{
	for (size_t i = 0; i < plinth_diagnostics_count(d); i++) {
		const struct plinth_diagnostic *g = plinth_diagnostics_get(d, i);
		if (g->severity == PLINTH_ERROR && !strcmp(g->code, code) && g->line == line &&
		    g->column == column && !strcmp(g->message, message))
			return g;
	}
	return NULL;
}

const struct plinth_diagnostic *diag_find_part(const plinth_diagnostics *d, const char *code,
                                               int line, int column, const char *part)
{
	for (size_t i = 0; i < plinth_diagnostics_count(d); i++) {
		const struct plinth_diagnostic *g = plinth_diagnostics_get(d, i);
		if (g->severity == PLINTH_ERROR && !strcmp(g->code, code) && g->line == line &&
		    g->column == column && strstr(g->message, part))
			return g;
	}
	return NULL;
}

int count_errors(const char *src, const char **text)
{
	plinth_diagnostics *d;
	plinth_protocol *p = compile_src(src, &d);
	int n = plinth_diagnostics_errors(d);
	if (text)
		*text = diags_text(d);
	plinth_protocol_free(p);
	plinth_diagnostics_free(d);
	return n;
}

void run_open(struct run *run, const plinth_protocol *p, const char *yaml, unsigned flags)
{
	size_t len = strlen(yaml);
	/* fmemopen cannot open an empty buffer everywhere. */
	run->in = len ? fmemopen((void *)yaml, len, "r") : fopen("/dev/null", "r");
	ck_assert_ptr_nonnull(run->in);
	run->reader = plinth_reader_open(p, run->in, "t.yaml", flags, 1);
	ck_assert_ptr_nonnull(run->reader);
}

const struct plinth_result *run_next(struct run *run)
{
	return plinth_reader_next(run->reader);
}

void run_close(struct run *run)
{
	if (run->reader)
		plinth_reader_close(run->reader);
	if (run->in)
		fclose(run->in);
	run->reader = NULL;
	run->in = NULL;
}

const struct plinth_result *one_record_at(struct one *o, const char *protocol, const char *yaml,
                                          unsigned flags, const char *file, int line)
{
	memset(o, 0, sizeof *o);
	o->p = compile_ok_at(protocol, file, line);
	run_open(&o->run, o->p, yaml, flags);
	o->res = run_next(&o->run);
	if (!o->res)
		ck_abort_msg("%s:%d: no record in the YAML", file, line);
	return o->res;
}

void one_free(struct one *o)
{
	run_close(&o->run);
	plinth_protocol_free(o->p);
	o->p = NULL;
	o->res = NULL;
}

const struct plinth_decision *find_decision(const struct plinth_result *r, const char *step)
{
	for (int i = 0; r && i < r->ndecisions; i++)
		if (!strcmp(r->decisions[i].step, step))
			return &r->decisions[i];
	return NULL;
}

const struct plinth_decision *decision_at(const struct plinth_result *r, const char *step,
                                          const char *file, int line)
{
	const struct plinth_decision *d = find_decision(r, step);
	if (!d)
		ck_abort_msg("%s:%d: no decision for step '%s'%s%s", file, line, step,
		             r && r->error ? "; the record is invalid: " : "", r && r->error ? r->error : "");
	return d;
}

const char *steps_with(const struct plinth_result *r, enum plinth_status s)
{
	static char buf[4096];
	buf[0] = '\0';
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++)
		if (r->decisions[i].status == s)
			append(buf, sizeof buf, "%s%s", n++ ? ", " : "", r->decisions[i].step);
	return buf;
}

const char *reasons_text(const struct plinth_decision *d)
{
	static char buf[4096];
	buf[0] = '\0';
	for (int i = 0; i < d->nreasons; i++)
		append(buf, sizeof buf, "%s%s: %s", i ? "; " : "", plinth_reason_kind_name(d->reasons[i].kind),
		       d->reasons[i].message ? d->reasons[i].message : "(null)");
	return buf;
}

char *read_source_file(const char *relpath, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", SOURCE_DIR, relpath);
	FILE *f = fopen(path, "rb");
	if (!f)
		ck_abort_msg("cannot open %s", path);
	char *buf = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (cap - n < 4096) {
			cap = cap ? 2 * cap : 65536;
			buf = realloc(buf, cap);
			ck_assert_ptr_nonnull(buf);
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		if (!got)
			break;
		n += got;
	}
	fclose(f);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

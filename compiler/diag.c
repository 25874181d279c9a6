#include "diag.h"

enum { MAX_ERRORS = 100 };

#include "../base/escape.h"
#include "../base/utf8.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

plinth_diagnostics *diags_new(const char *file, const char *src, size_t len)
{
	plinth_diagnostics *d = xmalloc(sizeof *d);
	memset(d, 0, sizeof *d);
	arena_init(&d->arena);
	d->file = arena_strdup(&d->arena, file);
	d->src = arena_strndup(&d->arena, src, len);
	d->len = len;
	return d;
}


const char *diag_code_name(enum diag_code code)
{
	static const char *const names[] = {
#define DIAG_CODE(name, code, level, text) code,
#include "diag_codes.h"
#undef DIAG_CODE
	};
	return names[code];
}

static void add(plinth_diagnostics *d, enum plinth_severity sev, struct loc loc,
                enum diag_code code, const char *fmt, va_list ap)
{
	struct diag *kept = arena_alloc(&d->arena, sizeof *kept);
	struct plinth_diagnostic *g = &kept->pub;
	kept->code = code;
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *msg = arena_alloc(&d->arena, (size_t)n + 1);
	vsnprintf(msg, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	g->severity = sev;
	g->code = diag_code_name(code);
	g->line = loc.first_line;
	g->column = loc.first_column;
	g->end_line = loc.last_line;
	g->end_column = loc.last_column;
	g->message = msg;
	vec_push(&d->arena, &d->list, g);
	if (code == DIAG_TOO_MANY_ERRORS)
		return; /* says errors were left out; is not one */
	if (sev == PLINTH_ERROR)
		d->errors++;
	else
		d->warnings++;
}

void diag_error(plinth_diagnostics *d, struct loc loc, enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, PLINTH_ERROR, loc, code, fmt, ap);
	va_end(ap);
}

void diag_warning(plinth_diagnostics *d, struct loc loc, enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, PLINTH_WARNING, loc, code, fmt, ap);
	va_end(ap);
}

size_t plinth_diagnostics_count(const plinth_diagnostics *d)
{
	return (size_t)d->list.n;
}

const struct plinth_diagnostic *plinth_diagnostics_get(const plinth_diagnostics *d, size_t i)
{
	return i < (size_t)d->list.n ? d->list.items[i] : NULL;
}

int plinth_diagnostics_errors(const plinth_diagnostics *d)
{
	return d->errors;
}

int plinth_diagnostics_warnings(const plinth_diagnostics *d)
{
	return d->warnings;
}

void plinth_diagnostics_free(plinth_diagnostics *d)
{
	if (!d)
		return;
	arena_free(&d->arena);
	free(d);
}

/* Start of 1-based line `line` in src, and its length without newline. */
static const char *line_at(const plinth_diagnostics *d, int line, size_t *len)
{
	const char *p = d->src, *end = d->src + d->len;
	for (int l = 1; l < line && p < end; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return NULL;
		p = nl + 1;
	}
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	*len = (size_t)((nl ? nl : end) - p);
	if (*len && p[*len - 1] == '\r')
		(*len)--;
	return p;
}

/* An SGR escape sequence when colouring, else nothing. */
#define SGR(color, codes) ((color) ? "\033[" codes "m" : "")

/* The source line, escaped as text output escapes values (outbuf.h) but
 * keeping its tabs and backslashes, then a caret line that keeps those
 * tabs and counts an escape's every character, so the caret stands
 * under the right character in any terminal. */
static void print_excerpt(FILE *out, const plinth_diagnostics *d, const struct plinth_diagnostic *g, int color)
{
	enum { KEEP = OB_KEEP_TAB | OB_KEEP_BACKSLASH };
	size_t len;
	const char *line = line_at(d, g->line, &len);
	if (!line)
		return;
	size_t start = utf8_offset(line, len, g->column), end = start;
	int past = 0; /* columns the range reaches beyond the line's end */
	if (g->end_line == g->line && g->end_column > g->column) {
		end = utf8_offset(line, len, g->end_column);
		past = g->end_column - g->column - (int)utf8_columns(line + start, end - start);
	}
	struct outbuf shown = { 0 };
	ob_grow(&shown, len + 16); /* never NULL, even for an empty line: pointers into it are taken */
	ob_escaped(&shown, line, start, KEEP);
	size_t caret = shown.len;
	ob_escaped(&shown, line + start, end - start, KEEP);
	int width = (int)utf8_columns(shown.p + caret, shown.len - caret) + past - 1;
	ob_escaped(&shown, line + end, len - end, KEEP);
	ob_char(&shown, '\n');
	for (size_t i = 0; i < caret; i++) {
		unsigned char c = (unsigned char)shown.p[i];
		if (!utf8_continues(c))
			ob_char(&shown, c == '\t' ? '\t' : ' ');
	}
	ob_str(&shown, SGR(color, "1;32"));
	ob_char(&shown, '^');
	for (int k = 0; k < width; k++)
		ob_char(&shown, '~');
	ob_str(&shown, SGR(color, "0"));
	ob_char(&shown, '\n');
	fwrite(shown.p, 1, shown.len, out);
	free(shown.p);
}

static int by_position(const void *a, const void *b)
{
	const struct plinth_diagnostic *x = *(void *const *)a, *y = *(void *const *)b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return 0;
}

/* After sorting, errors past the first MAX_ERRORS in source order are
 * dropped and one line says so: a hundred are plenty to start fixing,
 * and the first hundred are the ones at the top of the file. */
static void cap(plinth_diagnostics *d)
{
	int kept = 0, n = 0;
	for (; n < d->list.n; n++) {
		const struct plinth_diagnostic *g = d->list.items[n];
		if (g->severity == PLINTH_ERROR && ++kept > MAX_ERRORS)
			break;
	}
	if (n == d->list.n)
		return;
	const struct plinth_diagnostic *first = d->list.items[n];
	struct loc at = { first->line, first->column, first->end_line, first->end_column };
	d->list.n = n;
	diag_error(d, at, DIAG_TOO_MANY_ERRORS, "too many errors; the first %d are shown", MAX_ERRORS);
}

void diags_sort(plinth_diagnostics *d)
{
	/* Insertion sort is stable: diagnostics at one place keep the order
	 * the passes found them in.  Binary insertion keeps it fast when a
	 * generated protocol has thousands. */
	void **v = d->list.items;
	for (int i = 1; i < d->list.n; i++) {
		void *x = v[i];
		int lo = 0, hi = i;
		while (lo < hi) {
			int mid = (lo + hi) / 2;
			if (by_position(&v[mid], &x) <= 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		memmove(&v[lo + 1], &v[lo], sizeof *v * (size_t)(i - lo));
		v[lo] = x;
	}
	cap(d);
}

void plinth_diagnostics_print(FILE *out, const plinth_diagnostics *d)
{
	plinth_diagnostics_print_color(out, d, 0);
}

void plinth_diagnostics_print_color(FILE *out, const plinth_diagnostics *d, int color)
{
	for (int i = 0; i < d->list.n; i++) {
		const struct plinth_diagnostic *g = d->list.items[i];
		bool error = g->severity == PLINTH_ERROR;
		tsv_cell(out, d->file);
		fprintf(out, ":%d:%d: %s%s:%s ", g->line, g->column, error ? SGR(color, "1;31") : SGR(color, "1;35"),
		        error ? "error" : "warning", SGR(color, "0"));
		text_escaped(out, g->message, OB_KEEP_BACKSLASH); /* it quotes names and strings */
		fputc('\n', out);
		print_excerpt(out, d, g, color);
	}
}

void plinth_diagnostics_print_json(FILE *out, const plinth_diagnostics *d)
{
	for (int i = 0; i < d->list.n; i++) {
		const struct plinth_diagnostic *g = d->list.items[i];
		fputs("{\"file\":", out);
		json_string(out, d->file);
		fprintf(out, ",\"line\":%d,\"column\":%d,\"end_line\":%d,\"end_column\":%d,\"severity\":\"%s\"",
		        g->line, g->column, g->end_line, g->end_column,
		        g->severity == PLINTH_ERROR ? "error" : "warning");
		fputs(",\"code\":", out);
		json_string(out, g->code);
		fputs(",\"message\":", out);
		json_string(out, g->message);
		fputs("}\n", out);
	}
}

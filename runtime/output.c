#include "outbuf.h"
#include "output.h"

const char *plinth_status_name(enum plinth_status s)
{
	static const char *const names[] = { "planned", "blocked", "skipped", "done" };
	return names[s];
}

const char *plinth_reason_kind_name(enum plinth_reason_kind k)
{
	static const char *const names[] = { "contraindicated", "unassessed", "unmet", "dependency", "caution" };
	return names[k];
}

bool shows(const struct plinth_output *o, enum plinth_status s)
{
	return !o->only || (o->only >> s & 1);
}

void plinth_write_header(FILE *out, const struct plinth_output *o)
{
	if (o->format == PLINTH_TSV)
		fputs("record\tid\tseq\tstep\tstage\tstatus\treasons\n", out);
}

void write_any(struct outbuf *b, const struct plinth_output *o, const struct plinth_result *r)
{
	switch (o->format) {
	case PLINTH_JSON: write_json(b, o, r); break;
	case PLINTH_TSV: write_tsv(b, o, r); break;
	default: write_text(b, o, r); break;
	}
}

void plinth_write_result(FILE *out, const struct plinth_output *o, const struct plinth_result *r)
{
	struct outbuf *b = ob_begin();
	write_any(b, o, r);
	ob_flush(b, out);
}

void json_place(FILE *out, const char *file, int line, int column)
{
	putc('"', out);
	json_escaped(out, file);
	fprintf(out, column ? ":%d:%d\"" : ":%d\"", line, column);
}

void json_string(FILE *out, const char *s)
{
	putc('"', out);
	json_escaped(out, s);
	putc('"', out);
}

/* Writes runs that need no escaping in one call: output is most of the
 * runtime's work. */
void json_escaped(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;
	for (; *p; p++) {
		if (*p >= 0x20 && *p != '"' && *p != '\\')
			continue;
		fwrite(run, 1, (size_t)(p - run), out);
		run = p + 1;
		switch (*p) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		default: fprintf(out, "\\u%04x", *p);
		}
	}
	fwrite(run, 1, (size_t)(p - run), out);
}

void tsv_cell(FILE *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\t': fputs("\\t", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\\': fputs("\\\\", out); break;
		default: putc(*s, out);
		}
	}
}

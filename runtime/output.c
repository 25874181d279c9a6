#include "outbuf.h"
#include "output.h"

#include <string.h>

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

/* The FILE forms of the outbuf writers, for output that is not per
 * record (diagnostics, SARIF, explanations): one escaper for all. */
void json_place(FILE *out, const char *file, int line, int column)
{
	struct outbuf *b = ob_begin();
	ob_json_place(b, file, line, column);
	ob_flush(b, out);
}

void json_string(FILE *out, const char *s)
{
	struct outbuf *b = ob_begin();
	ob_json_string(b, s);
	ob_flush(b, out);
}

void json_escaped(FILE *out, const char *s)
{
	struct outbuf *b = ob_begin();
	ob_json_escaped(b, s);
	ob_flush(b, out);
}

void tsv_cell(FILE *out, const char *s)
{
	struct outbuf *b = ob_begin();
	ob_tsv_cell(b, s);
	ob_flush(b, out);
}

void tsv_between(FILE *out, const char *head, const char *s, const char *tail)
{
	fputs(head, out);
	tsv_cell(out, s);
	fputs(tail, out);
}

void text_escaped(FILE *out, const char *s, int keep)
{
	struct outbuf *b = ob_begin();
	ob_escaped(b, s, strlen(s), keep);
	ob_flush(b, out);
}

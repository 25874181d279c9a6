/* Explanations after a record's result: every check, then every step
 * with each of its condition clauses, each with its value and the field
 * values it read.  Text for people, a JSON "explain" member for tools;
 * TSV has no place for them.  Steps follow --only like the result. */
#include "../base/outbuf.h"
#include "output.h"

static const char *truth_name(enum plinth_truth t)
{
	static const char *const names[] = { "false", "true", "unknown" };
	return names[t];
}

static const char *clause_name(enum plinth_clause_kind k)
{
#define KEYWORDS(name, keywords) keywords,
	static const char *const names[] = { PLINTH_CLAUSE_KINDS(KEYWORDS) };
#undef KEYWORDS
	return names[k];
}

static int count_missing(const struct plinth_condition *c)
{
	int n = 0;
	for (int i = 0; i < c->nfields; i++)
		n += !c->fields[i].value;
	return n;
}

/* ---- text --------------------------------------------------------- */

/* Every value from the record or the protocol goes through the TSV
 * escaper (tsv_between); a condition is protocol text already written
 * with the protocol's own escapes, so it keeps its backslashes. */
static void text_condition(FILE *out, const char *head, const char *s, const char *tail)
{
	fputs(head, out);
	text_escaped(out, s, OB_KEEP_BACKSLASH);
	fputs(tail, out);
}

/* Why an unknown is unknown: the fields it lacked, or, when none is
 * missing, the one other cause evaluation has. */
static void text_missing(FILE *out, const struct plinth_condition *c, const char *indent)
{
	if (!count_missing(c)) {
		fprintf(out, "%scannot be evaluated: no field is missing (a division by zero, or a number too large)\n", indent);
		return;
	}
	fprintf(out, "%smissing:", indent);
	const char *sep = " ";
	for (int i = 0; i < c->nfields; i++)
		if (!c->fields[i].value) {
			tsv_between(out, sep, c->fields[i].field, "");
			sep = ", ";
		}
	putc('\n', out);
}

/* The fields read, one a line, then for an unknown what it lacked. */
static void text_fields(FILE *out, const struct plinth_result *r, const struct plinth_condition *c,
                        const char *indent)
{
	for (int i = 0; i < c->nfields; i++) {
		const struct plinth_field_value *f = &c->fields[i];
		tsv_between(out, indent, f->field, "");
		if (!f->value) {
			fputs(" missing\n", out);
			continue;
		}
		fputs(" = ", out);
		if (*f->value)
			tsv_cell(out, f->value);
		else
			fputs("\"\"", out); /* an empty text: show that it is there */
		tsv_between(out, " (", r->file, ":");
		fprintf(out, "%d:%d)\n", f->line, f->column);
	}
	if (c->value == PLINTH_UNKNOWN)
		text_missing(out, c, indent);
}

static void text_check(FILE *out, const struct plinth_result *r, const struct plinth_check_value *c)
{
	tsv_between(out, "      ", c->check, " = ");
	fprintf(out, "%s\n", truth_name(c->cond.value));
	if (c->question)
		tsv_between(out, "        question: ", c->question, "\n");
	text_condition(out, "        condition: ", c->cond.text, "\n");
	text_fields(out, r, &c->cond, "        ");
}

static void text_step(FILE *out, const struct plinth_result *r, const struct plinth_step_explanation *s)
{
	tsv_between(out, "      ", s->step, ": ");
	fprintf(out, "%s\n", plinth_status_name(s->status));
	for (int i = 0; i < s->nclauses; i++) {
		const struct plinth_clause_value *c = &s->clauses[i];
		fprintf(out, "        %s ", clause_name(c->kind));
		text_condition(out, "", c->cond.text, " = ");
		fprintf(out, "%s\n", truth_name(c->cond.value));
		text_fields(out, r, &c->cond, "          ");
	}
}

static void text_explanation(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                             const struct plinth_explanation *x)
{
	fputs("  explain:\n", out);
	if (x->nchecks)
		fputs("    checks:\n", out);
	for (int i = 0; i < x->nchecks; i++)
		text_check(out, r, &x->checks[i]);
	const char *head = "    steps:\n";
	for (int i = 0; i < x->nsteps; i++)
		if (shows(o, x->steps[i].status)) {
			fputs(head, out);
			head = "";
			text_step(out, r, &x->steps[i]);
		}
}

/* ---- JSON --------------------------------------------------------- */

static void json_fields(FILE *out, const struct plinth_result *r, const struct plinth_condition *c)
{
	fputs(",\"fields\":[", out);
	for (int i = 0; i < c->nfields; i++) {
		const struct plinth_field_value *f = &c->fields[i];
		fputs(i ? ",{\"field\":" : "{\"field\":", out);
		json_string(out, f->field);
		if (!f->value) {
			fputs(",\"value\":null}", out);
			continue;
		}
		fputs(",\"value\":", out);
		json_string(out, f->value);
		fputs(",\"at\":", out);
		json_place(out, r->file, f->line, f->column);
		putc('}', out);
	}
	fputs("],\"missing\":[", out);
	int n = 0;
	for (int i = 0; i < c->nfields; i++)
		if (!c->fields[i].value) {
			if (n++)
				putc(',', out);
			json_string(out, c->fields[i].field);
		}
	putc(']', out);
}

/* "value", "at", "fields" and "missing" of a condition. */
static void json_condition(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                           const struct plinth_condition *c)
{
	fputs(",\"value\":", out);
	json_string(out, truth_name(c->value));
	if (o->protocol_file) {
		fputs(",\"at\":", out);
		json_place(out, o->protocol_file, c->line, c->column);
	}
	json_fields(out, r, c);
}

static void json_nullable(FILE *out, const char *key, const char *s)
{
	fprintf(out, ",\"%s\":", key);
	if (s)
		json_string(out, s);
	else
		fputs("null", out);
}

static void json_check(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                       const struct plinth_check_value *c)
{
	fputs("{\"check\":", out);
	json_string(out, c->check);
	json_nullable(out, "question", c->question);
	fputs(",\"condition\":", out);
	json_string(out, c->cond.text);
	json_condition(out, o, r, &c->cond);
	putc('}', out);
}

static void json_clause(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                        const struct plinth_clause_value *c)
{
	fputs("{\"clause\":", out);
	json_string(out, clause_name(c->kind));
	fputs(",\"condition\":", out);
	json_string(out, c->cond.text);
	json_nullable(out, "message", c->message);
	json_condition(out, o, r, &c->cond);
	putc('}', out);
}

static void json_step(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                      const struct plinth_step_explanation *s)
{
	fputs("{\"step\":", out);
	json_string(out, s->step);
	fputs(",\"status\":", out);
	json_string(out, plinth_status_name(s->status));
	fputs(",\"clauses\":[", out);
	for (int i = 0; i < s->nclauses; i++) {
		if (i)
			putc(',', out);
		json_clause(out, o, r, &s->clauses[i]);
	}
	fputs("]}", out);
}

static void json_explanation(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                             const struct plinth_explanation *x)
{
	fputs(",\"explain\":{\"checks\":[", out);
	for (int i = 0; i < x->nchecks; i++) {
		if (i)
			putc(',', out);
		json_check(out, o, r, &x->checks[i]);
	}
	fputs("],\"steps\":[", out);
	int n = 0;
	for (int i = 0; i < x->nsteps; i++)
		if (shows(o, x->steps[i].status)) {
			if (n++)
				putc(',', out);
			json_step(out, o, r, &x->steps[i]);
		}
	fputs("]}", out);
}

/* ---- the entry point ---------------------------------------------- */

void write_explained(FILE *out, struct plinth_writer *w, const struct plinth_result *r,
                     const struct plinth_explanation *x)
{
	const struct plinth_output *o = &w->o;
	switch (o->format) {
	case PLINTH_TEXT:
		write_text(&w->buf, o, r);
		ob_flush(&w->buf, out);
		text_explanation(out, o, r, x);
		break;
	case PLINTH_JSON:
		json_members(&w->buf, w, r);
		ob_flush(&w->buf, out);
		json_explanation(out, o, r, x);
		fputs("}\n", out);
		break;
	case PLINTH_TSV:
		break; /* no room for one: plinth_writer_write never asks */
	}
}

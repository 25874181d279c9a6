/* JSON Lines: one object per record, keys in a fixed order. */
#include "output.h"

static void names(FILE *out, const char *const *v, int n)
{
	putc('[', out);
	for (int i = 0; i < n; i++) {
		if (i)
			putc(',', out);
		json_string(out, v[i]);
	}
	putc(']', out);
}

static void reason(FILE *out, const struct plinth_output *o, const struct plinth_reason *x)
{
	fputs("{\"kind\":", out);
	json_string(out, plinth_reason_kind_name(x->kind));
	fputs(",\"message\":", out);
	json_string(out, x->message);
	if (x->kind == PLINTH_CONTRAINDICATED || x->ncites) {
		fputs(",\"cite\":", out);
		names(out, x->cites, x->ncites);
	}
	if (x->kind == PLINTH_UNASSESSED) {
		fputs(",\"fields\":", out);
		names(out, x->fields, x->nfields);
	}
	if (x->after) {
		fputs(",\"after\":", out);
		json_string(out, x->after);
	}
	if (x->line) {
		fputs(",\"at\":", out);
		json_place(out, o->protocol_file, x->line, x->column);
	}
	putc('}', out);
}

static void reasons(FILE *out, const struct plinth_output *o, const char *key,
                    const struct plinth_reason *v, int n)
{
	fprintf(out, ",\"%s\":[", key);
	for (int i = 0; i < n; i++) {
		if (i)
			putc(',', out);
		reason(out, o, &v[i]);
	}
	putc(']', out);
}

static void step_head(FILE *out, const struct plinth_decision *d)
{
	fputs("{\"step\":", out);
	json_string(out, d->step);
	fputs(",\"stage\":", out);
	json_string(out, d->stage);
	fputs(",\"title\":", out);
	json_string(out, d->title);
}

static void planned(FILE *out, const struct plinth_output *o, const struct plinth_decision *d)
{
	step_head(out, d);
	reasons(out, o, "cautions", d->cautions, d->ncautions);
	if (d->ntechniques) {
		fputs(",\"technique\":", out);
		names(out, d->techniques, d->ntechniques);
	}
	if (d->nnotes) {
		fputs(",\"notes\":", out);
		names(out, d->notes, d->nnotes);
	}
	putc('}', out);
}

static void blocked(FILE *out, const struct plinth_output *o, const struct plinth_decision *d)
{
	step_head(out, d);
	reasons(out, o, "reasons", d->reasons, d->nreasons);
	putc('}', out);
}

static void section(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                    enum plinth_status s)
{
	static const char *const keys[] = { "plan", "blocked", "skipped", "done" };
	if (!shows(o, s))
		return;
	fprintf(out, ",\"%s\":[", keys[s]);
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		if (d->status != s)
			continue;
		if (n++)
			putc(',', out);
		if (s == PLINTH_PLANNED)
			planned(out, o, d);
		else if (s == PLINTH_BLOCKED)
			blocked(out, o, d);
		else
			json_string(out, d->step);
	}
	putc(']', out);
}

void write_json(FILE *out, const struct plinth_output *o, const struct plinth_result *r)
{
	write_json_members(out, o, r);
	fputs("}\n", out);
}

void write_json_members(FILE *out, const struct plinth_output *o, const struct plinth_result *r)
{
	fprintf(out, "{\"record\":%ld,\"source\":", r->record);
	json_place(out, r->file, r->line, 0);
	fputs(",\"id\":", out);
	if (r->id)
		json_string(out, r->id);
	else
		fputs("null", out);
	if (r->error) {
		fputs(",\"error\":", out);
		json_string(out, r->error);
		fputs(",\"at\":", out);
		json_place(out, r->file, r->error_line, r->error_column);
		return;
	}
	section(out, o, r, PLINTH_PLANNED);
	section(out, o, r, PLINTH_BLOCKED);
	section(out, o, r, PLINTH_DONE);
	section(out, o, r, PLINTH_SKIPPED);
}

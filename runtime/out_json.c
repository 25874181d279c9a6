/* JSON Lines: one object per record, keys in a fixed order. */
#include "outbuf.h"
#include "program.h"
#include "output.h"

static void names(struct outbuf *out, const char *const *v, int n)
{
	ob_char(out, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			ob_char(out, ',');
		ob_json_string(out, v[i]);
	}
	ob_char(out, ']');
}

static void reason(struct outbuf *out, const struct plinth_output *o, const struct plinth_reason *x)
{
	ob_str(out, "{\"kind\":");
	ob_json_string(out, plinth_reason_kind_name(x->kind));
	ob_str(out, ",\"message\":");
	ob_json_string(out, x->message);
	if (x->kind == PLINTH_CONTRAINDICATED || x->ncites) {
		ob_str(out, ",\"cite\":");
		names(out, x->cites, x->ncites);
	}
	if (x->kind == PLINTH_UNASSESSED) {
		ob_str(out, ",\"fields\":");
		names(out, x->fields, x->nfields);
	}
	if (x->after) {
		ob_str(out, ",\"after\":");
		ob_json_string(out, x->after);
	}
	if (x->line) {
		ob_str(out, ",\"at\":");
		ob_json_place(out, o->protocol_file, x->line, x->column);
	}
	ob_char(out, '}');
}

static void reasons(struct outbuf *out, const struct plinth_output *o, const char *key,
                    const struct plinth_reason *v, int n)
{
	ob_str(out, ",\"");
	ob_str(out, key);
	ob_str(out, "\":[");
	for (int i = 0; i < n; i++) {
		if (i)
			ob_char(out, ',');
		reason(out, o, &v[i]);
	}
	ob_char(out, ']');
}

/* The protocol's own step, when the writer knows it: the result's
 * decisions are its steps in plan order. */
static const struct pstep *known_step(const struct plinth_output *o, const struct plinth_result *r,
                                      const struct plinth_decision *d)
{
	return o->protocol && r->ndecisions == o->protocol->nsteps ? &o->protocol->steps[d - r->decisions] : NULL;
}

static void step_head(struct outbuf *out, const struct pstep *ps, const struct plinth_decision *d)
{
	if (ps) {
		ob_str(out, ps->json_head);
		return;
	}
	ob_str(out, "{\"step\":");
	ob_json_string(out, d->step);
	ob_str(out, ",\"stage\":");
	ob_json_string(out, d->stage);
	ob_str(out, ",\"title\":");
	ob_json_string(out, d->title);
}

static void planned(struct outbuf *out, const struct plinth_output *o, const struct pstep *ps,
                    const struct plinth_decision *d)
{
	step_head(out, ps, d);
	reasons(out, o, "cautions", d->cautions, d->ncautions);
	if (d->ntechniques) {
		ob_str(out, ",\"technique\":");
		names(out, d->techniques, d->ntechniques);
	}
	if (d->nnotes) {
		ob_str(out, ",\"notes\":");
		names(out, d->notes, d->nnotes);
	}
	ob_char(out, '}');
}

static void blocked(struct outbuf *out, const struct plinth_output *o, const struct pstep *ps,
                    const struct plinth_decision *d)
{
	step_head(out, ps, d);
	reasons(out, o, "reasons", d->reasons, d->nreasons);
	ob_char(out, '}');
}

static void section(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r,
                    enum plinth_status s)
{
	static const char *const keys[] = { "plan", "blocked", "skipped", "done" };
	if (!shows(o, s))
		return;
	ob_str(out, ",\"");
	ob_str(out, keys[s]);
	ob_str(out, "\":[");
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		if (d->status != s)
			continue;
		if (n++)
			ob_char(out, ',');
		if (s == PLINTH_PLANNED)
			planned(out, o, known_step(o, r, d), d);
		else if (s == PLINTH_BLOCKED)
			blocked(out, o, known_step(o, r, d), d);
		else if (known_step(o, r, d))
			ob_str(out, known_step(o, r, d)->json_name);
		else
			ob_json_string(out, d->step);
	}
	ob_char(out, ']');
}

void write_json(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r)
{
	json_members(out, o, r);
	ob_str(out, "}\n");
}

void write_json_members(FILE *out, const struct plinth_output *o, const struct plinth_result *r)
{
	struct outbuf *b = ob_begin();
	json_members(b, o, r);
	ob_flush(b, out);
}

void json_members(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r)
{
	ob_str(out, "{\"record\":");
	ob_long(out, r->record);
	ob_str(out, ",\"source\":");
	ob_json_place(out, r->file, r->line, 0);
	ob_str(out, ",\"id\":");
	if (r->id)
		ob_json_string(out, r->id);
	else
		ob_str(out, "null");
	if (r->error) {
		ob_str(out, ",\"error\":");
		ob_json_string(out, r->error);
		ob_str(out, ",\"at\":");
		ob_json_place(out, r->file, r->error_line, r->error_column);
		return;
	}
	section(out, o, r, PLINTH_PLANNED);
	section(out, o, r, PLINTH_BLOCKED);
	section(out, o, r, PLINTH_DONE);
	section(out, o, r, PLINTH_SKIPPED);
}

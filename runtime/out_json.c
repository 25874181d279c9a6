/* JSON Lines: one object per record, keys in a fixed order. */
#include "outbuf.h"
#include "program.h"
#include "output.h"

void json_names(struct outbuf *out, const char *key, const char *const *v, int n)
{
	ob_str(out, key);
	ob_char(out, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			ob_char(out, ',');
		ob_json_string(out, v[i]);
	}
	ob_char(out, ']');
}

void json_reason(struct outbuf *out, const char *protocol_file, const struct plinth_reason *x)
{
	ob_str(out, "{\"kind\":");
	ob_json_string(out, plinth_reason_kind_name(x->kind));
	ob_str(out, ",\"message\":");
	ob_json_string(out, x->message);
	if (x->kind == PLINTH_CONTRAINDICATED || x->ncites)
		json_names(out, ",\"cite\":", x->cites, x->ncites);
	if (x->kind == PLINTH_UNASSESSED)
		json_names(out, ",\"fields\":", x->fields, x->nfields);
	if (x->after) {
		ob_str(out, ",\"after\":");
		ob_json_string(out, x->after);
	}
	if (x->line) {
		ob_str(out, ",\"at\":");
		ob_json_place(out, protocol_file, x->line, x->column);
	}
	ob_char(out, '}');
}

/* The clause of the step that gave reason x, or NULL (a dependency). */
static const struct pclause *clause_of(const struct pstep *ps, const struct plinth_reason *x)
{
	for (int i = 0; i < ps->nclauses; i++)
		if (ps->clauses[i].cites == x->cites)
			return &ps->clauses[i];
	return NULL;
}

/* x, from the text rendered when the protocol was compiled, if it is a
 * fixed reason: only an unassessed reason naming other fields than the
 * clause's one varies by record. */
static bool known_reason(struct outbuf *out, const struct pstep *ps, const struct plinth_reason *x)
{
	if (x->kind == PLINTH_DEPENDENCY) {
		for (int i = 0; i < ps->nafter; i++)
			if (ps->after_message[i] == x->message) {
				ob_rendered(out, ps->after_json[i]);
				return true;
			}
		return false;
	}
	const struct pclause *c = clause_of(ps, x);
	if (!c || (x->kind == PLINTH_UNASSESSED && x->message != c->missing_message))
		return false;
	ob_rendered(out, x->kind == PLINTH_UNASSESSED ? c->json_missing : c->json);
	return true;
}

/* Rendered text can be used when "at" is to name the protocol's own
 * file, as given when it was compiled. */
static bool rendered(const struct plinth_output *o)
{
	return o->protocol && o->protocol_file && !strcmp(o->protocol_file, o->protocol->file);
}

/* ps: the step, if its rendered text can be used. */
static void reasons(struct outbuf *out, const struct plinth_output *o, const struct pstep *ps, const char *key,
                    const struct plinth_reason *v, int n)
{
	ob_str(out, key);
	ob_char(out, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			ob_char(out, ',');
		if (!ps || !known_reason(out, ps, &v[i]))
			json_reason(out, o->protocol_file, &v[i]);
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

void json_step_head(struct outbuf *out, const char *step, const char *stage, const char *title)
{
	ob_str(out, "{\"step\":");
	ob_json_string(out, step);
	ob_str(out, ",\"stage\":");
	ob_json_string(out, stage);
	ob_str(out, ",\"title\":");
	ob_json_string(out, title);
}

static void step_head(struct outbuf *out, const struct pstep *ps, const struct plinth_decision *d)
{
	if (ps)
		ob_rendered(out, ps->json_head);
	else
		json_step_head(out, d->step, d->stage, d->title);
}

static void planned(struct outbuf *out, const struct plinth_output *o, const struct pstep *ps, bool pre,
                    const struct plinth_decision *d)
{
	if (ps && !d->ncautions) {
		ob_rendered(out, ps->json_plain);
		return;
	}
	step_head(out, ps, d);
	reasons(out, o, pre ? ps : NULL, ",\"cautions\":", d->cautions, d->ncautions);
	if (ps) {
		ob_rendered(out, ps->json_tail);
		return;
	}
	if (d->ntechniques)
		json_names(out, ",\"technique\":", d->techniques, d->ntechniques);
	if (d->nnotes)
		json_names(out, ",\"notes\":", d->notes, d->nnotes);
	ob_char(out, '}');
}

static void blocked(struct outbuf *out, const struct plinth_output *o, const struct pstep *ps, bool pre,
                    const struct plinth_decision *d)
{
	step_head(out, ps, d);
	reasons(out, o, pre ? ps : NULL, ",\"reasons\":", d->reasons, d->nreasons);
	ob_char(out, '}');
}

static void section(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r,
                    enum plinth_status s, bool pre)
{
#define KEY(k) { ",\"" k "\":[", sizeof ",\"" k "\":[" - 1 }
	static const struct rendered keys[] = { KEY("plan"), KEY("blocked"), KEY("skipped"), KEY("done") };
#undef KEY
	if (!shows(o, s))
		return;
	ob_rendered(out, keys[s]);
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		if (d->status != s)
			continue;
		if (n++)
			ob_char(out, ',');
		if (s == PLINTH_PLANNED)
			planned(out, o, known_step(o, r, d), pre, d);
		else if (s == PLINTH_BLOCKED)
			blocked(out, o, known_step(o, r, d), pre, d);
		else if (known_step(o, r, d))
			ob_rendered(out, known_step(o, r, d)->json_name);
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
	bool pre = rendered(o);
	section(out, o, r, PLINTH_PLANNED, pre);
	section(out, o, r, PLINTH_BLOCKED, pre);
	section(out, o, r, PLINTH_DONE, pre);
	section(out, o, r, PLINTH_SKIPPED, pre);
}

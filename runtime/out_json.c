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
static bool at_compiled_file(const struct plinth_output *o)
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

/* The steps of status s, idx[0..n) in plan order.  steps: the
 * protocol's, when the writer knows them (the decisions are its steps in
 * plan order). */
static void section(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r,
                    const struct pstep *steps, bool pre, enum plinth_status s, const int *idx, int n)
{
#define KEY(k) { ",\"" k "\":[", sizeof ",\"" k "\":[" - 1 }
	static const struct rendered keys[] = { KEY("plan"), KEY("blocked"), KEY("skipped"), KEY("done") };
#undef KEY
	if (!shows(o, s))
		return;
	ob_rendered(out, keys[s]);
	for (int k = 0; k < n; k++) {
		const struct plinth_decision *d = &r->decisions[idx[k]];
		const struct pstep *ps = steps ? &steps[idx[k]] : NULL;
		if (k)
			ob_char(out, ',');
		if (s == PLINTH_PLANNED)
			planned(out, o, ps, pre, d);
		else if (s == PLINTH_BLOCKED)
			blocked(out, o, ps, pre, d);
		else if (ps)
			ob_rendered(out, ps->json_name);
		else
			ob_json_string(out, d->step);
	}
	ob_char(out, ']');
}

/* The sections in the order JSON lists them, each step put in its own
 * in one pass over the decisions. */
static void sections(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r)
{
	static const enum plinth_status order[] = { PLINTH_PLANNED, PLINTH_BLOCKED, PLINTH_DONE, PLINTH_SKIPPED };
	int count[4] = { 0 }, at[4];
	for (int i = 0; i < r->ndecisions; i++)
		count[r->decisions[i].status]++;
	for (int s = 0, sum = 0; s < 4; sum += count[s++])
		at[s] = sum;
	int *idx = ob_ints((size_t)r->ndecisions);
	for (int i = 0; i < r->ndecisions; i++)
		idx[at[r->decisions[i].status]++] = i;
	const struct pstep *steps =
		o->protocol && r->ndecisions == o->protocol->nsteps ? o->protocol->steps : NULL;
	bool pre = at_compiled_file(o);
	for (int k = 0; k < 4; k++) {
		enum plinth_status s = order[k];
		section(out, o, r, steps, pre, s, idx + at[s] - count[s], count[s]);
	}
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
	sections(out, o, r);
}

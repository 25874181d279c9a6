/* JSON Lines: one object per record, keys in a fixed order. */
#include "output.h"
#include "program.h"

/* Key (with its leading comma) and a JSON array of v. */
static void json_names(struct outbuf *out, const char *key, const char *const *v, int n)
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

/* A reason as a JSON object, "at" naming protocol_file, whose escaped
 * text places keeps (NULL: none kept). */
static void json_reason(struct outbuf *out, struct place_cache *places, const char *protocol_file,
                        const struct plinth_reason *x)
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
		if (places)
			ob_json_place_kept(out, places, protocol_file, x->line, x->column);
		else
			ob_json_place(out, protocol_file, x->line, x->column);
	}
	ob_char(out, '}');
}

/* The JSON every result of a step repeats (its head, its fixed reasons,
 * its notes), rendered once per writer from the protocol: escaping the
 * same text for every record was a tenth of planning time. */
struct json_step {
	struct rendered name;   /* "step" as a JSON string */
	struct rendered head;   /* {"step":…,"stage":…,"title":… */
	struct rendered tail;   /* its technique and notes, and the closing '}' */
	struct rendered plain;  /* the whole step planned with no cautions */
	struct rendered *given; /* by clause: the reason it gives (none for only if) */
	struct rendered *missing; /* by clause: its unassessed reason when its
	                           one field is missing, if that is fixed */
	struct rendered *after; /* by after[]: the dependency reason */
};

static void json_step_head(struct outbuf *out, const char *step, const char *stage, const char *title);

static struct rendered kept(struct arena *a, struct outbuf *b)
{
	struct rendered t = { arena_strndup(a, b->p, b->len), b->len };
	b->len = 0;
	return t;
}

static struct rendered reason_text(struct arena *a, struct outbuf *b, const char *file,
                                   const struct plinth_reason *x)
{
	json_reason(b, NULL, file, x);
	return kept(a, b);
}

/* The reason a clause of kind k gives when its condition goes against
 * the step (runtime/eval.c, gives); an 'only if' gives none, it skips
 * the step: false. */
static bool given_kind(enum plinth_clause_kind k, enum plinth_reason_kind *kind)
{
	switch (k) {
	case PLINTH_ONLY_IF: return false;
	case PLINTH_REQUIRES: *kind = PLINTH_UNMET; return true;
	case PLINTH_CONTRAINDICATED_IF: *kind = PLINTH_CONTRAINDICATED; return true;
	case PLINTH_CAUTION_IF: *kind = PLINTH_CAUTION; return true;
	}
	return false;
}

/* Clause c's reasons: the one it gives, and its fixed unassessed one. */
static void render_clause(struct arena *a, struct outbuf *b, const char *file, const struct pclause *c,
                          struct rendered *given, struct rendered *missing)
{
	struct plinth_reason x = { .message = c->message, .cites = c->cites, .ncites = c->ncites,
	                           .line = c->line, .column = c->column };
	if (given_kind(c->kind, &x.kind))
		*given = reason_text(a, b, file, &x);
	if (c->missing_message) {
		x.kind = PLINTH_UNASSESSED;
		x.message = c->missing_message;
		x.fields = c->missing_fields;
		x.nfields = 1;
		*missing = reason_text(a, b, file, &x);
	}
}

static void render_step(struct arena *a, struct outbuf *b, const plinth_protocol *p, const char *file,
                        const struct pstep *ps, struct json_step *j)
{
	ob_json_string(b, ps->name);
	j->name = kept(a, b);
	json_step_head(b, ps->name, ps->stage, ps->title);
	j->head = kept(a, b);
	j->given = arena_alloc(a, sizeof *j->given * (size_t)(ps->nclauses + 1));
	j->missing = arena_alloc(a, sizeof *j->missing * (size_t)(ps->nclauses + 1));
	for (int i = 0; i < ps->nclauses; i++)
		render_clause(a, b, file, &ps->clauses[i], &j->given[i], &j->missing[i]);
	j->after = arena_alloc(a, sizeof *j->after * (size_t)(ps->nafter + 1));
	for (int i = 0; i < ps->nafter; i++) {
		struct plinth_reason x = { .kind = PLINTH_DEPENDENCY, .message = ps->after_message[i],
		                           .after = p->steps[ps->after[i]].name };
		j->after[i] = reason_text(a, b, file, &x);
	}
	if (ps->ntechniques)
		json_names(b, ",\"technique\":", ps->techniques, ps->ntechniques);
	if (ps->nnotes)
		json_names(b, ",\"notes\":", ps->notes, ps->nnotes);
	ob_char(b, '}');
	j->tail = kept(a, b);
	ob_rendered(b, j->head);
	ob_str(b, ",\"cautions\":[]");
	ob_rendered(b, j->tail);
	j->plain = kept(a, b);
}

void json_render_protocol(struct plinth_writer *w)
{
	const plinth_protocol *p = w->protocol;
	if (!w->o.protocol_file) /* reasons could not say where they are */
		return;
	struct outbuf b = { 0 };
	w->json = arena_alloc(&w->arena, sizeof *w->json * (size_t)(p->nsteps + 1));
	for (int i = 0; i < p->nsteps; i++)
		render_step(&w->arena, &b, p, w->o.protocol_file, &p->steps[i], &w->json[i]);
	ob_free(&b);
}

/* x, from the text rendered for its step j, if it is a fixed reason:
 * only an unassessed reason naming other fields than the clause's one
 * varies by record. */
static bool known_reason(struct outbuf *out, const struct json_step *j, const struct pstep *ps,
                         const struct plinth_reason *x)
{
	const struct rendered *t;
	if (x->kind == PLINTH_DEPENDENCY)
		t = &j->after[x->clause];
	else if (x->kind != PLINTH_UNASSESSED)
		t = &j->given[x->clause];
	else if (x->message == ps->clauses[x->clause].missing_message)
		t = &j->missing[x->clause];
	else
		return false;
	ob_rendered(out, *t);
	return true;
}

/* j, ps: the step's rendered text and its program, or NULL. */
static void reasons(struct outbuf *out, struct plinth_writer *w, const struct json_step *j,
                    const struct pstep *ps, const char *key, const struct plinth_reason *v, int n)
{
	ob_str(out, key);
	ob_char(out, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			ob_char(out, ',');
		if (!j || !known_reason(out, j, ps, &v[i]))
			json_reason(out, &w->places, w->o.protocol_file, &v[i]);
	}
	ob_char(out, ']');
}

/* A step's object up to its title, open for the keys that follow. */
static void json_step_head(struct outbuf *out, const char *step, const char *stage, const char *title)
{
	ob_str(out, "{\"step\":");
	ob_json_string(out, step);
	ob_str(out, ",\"stage\":");
	ob_json_string(out, stage);
	ob_str(out, ",\"title\":");
	ob_json_string(out, title);
}

static void step_head(struct outbuf *out, const struct json_step *j, const struct plinth_decision *d)
{
	if (j)
		ob_rendered(out, j->head);
	else
		json_step_head(out, d->step, d->stage, d->title);
}

/* j, ps: the step's rendered text and its program, or NULL. */
static void planned(struct outbuf *out, struct plinth_writer *w, const struct json_step *j,
                    const struct pstep *ps, const struct plinth_decision *d)
{
	if (j && !d->ncautions) {
		ob_rendered(out, j->plain);
		return;
	}
	step_head(out, j, d);
	reasons(out, w, j, ps, ",\"cautions\":", d->cautions, d->ncautions);
	if (j) {
		ob_rendered(out, j->tail);
		return;
	}
	if (d->ntechniques)
		json_names(out, ",\"technique\":", d->techniques, d->ntechniques);
	if (d->nnotes)
		json_names(out, ",\"notes\":", d->notes, d->nnotes);
	ob_char(out, '}');
}

static void blocked(struct outbuf *out, struct plinth_writer *w, const struct json_step *j,
                    const struct pstep *ps, const struct plinth_decision *d)
{
	step_head(out, j, d);
	reasons(out, w, j, ps, ",\"reasons\":", d->reasons, d->nreasons);
	ob_char(out, '}');
}

/* The steps of status s, idx[0..n) in plan order.  known: whether the
 * decisions are the writer's protocol's steps, in plan order, whose
 * text it rendered. */
static void section(struct outbuf *out, struct plinth_writer *w, const struct plinth_result *r, bool known,
                    enum plinth_status s, const int *idx, int n)
{
#define KEY(name, word, section, place) { ",\"" section "\":[", sizeof ",\"" section "\":[" - 1 },
	static const struct rendered keys[] = { PLINTH_STATUSES(KEY) };
#undef KEY
	if (!shows(&w->o, s))
		return;
	ob_rendered(out, keys[s]);
	for (int k = 0; k < n; k++) {
		const struct plinth_decision *d = &r->decisions[idx[k]];
		const struct json_step *j = known ? &w->json[idx[k]] : NULL;
		const struct pstep *ps = known ? &w->protocol->steps[idx[k]] : NULL;
		if (k)
			ob_char(out, ',');
		switch (s) {
		case PLINTH_PLANNED: planned(out, w, j, ps, d); break;
		case PLINTH_BLOCKED: blocked(out, w, j, ps, d); break;
		case PLINTH_SKIPPED:
		case PLINTH_DONE:
			if (j)
				ob_rendered(out, j->name);
			else
				ob_json_string(out, d->step);
			break;
		}
	}
	ob_char(out, ']');
}

/* The sections in the order they are listed, each step put in its own
 * in one pass over the decisions. */
static void sections(struct outbuf *out, struct plinth_writer *w, const struct plinth_result *r)
{
	int count[NSTATUSES] = { 0 }, at[NSTATUSES];
	for (int i = 0; i < r->ndecisions; i++)
		count[r->decisions[i].status]++;
	for (int s = 0, sum = 0; s < NSTATUSES; sum += count[s++])
		at[s] = sum;
	size_t need = sizeof(int) * (size_t)(r->ndecisions + 1);
	if (w->ints.cap < need)
		ob_grow(&w->ints, need);
	int *idx = (int *)(void *)w->ints.p;
	for (int i = 0; i < r->ndecisions; i++)
		idx[at[r->decisions[i].status]++] = i;
	bool known = w->json && r->ndecisions == w->protocol->nsteps;
	for (int k = 0; k < NSTATUSES; k++) {
		enum plinth_status s = listed_statuses[k];
		section(out, w, r, known, s, idx + at[s] - count[s], count[s]);
	}
}

void write_json(struct outbuf *out, struct plinth_writer *w, const struct plinth_result *r)
{
	json_members(out, w, r);
	ob_str(out, "}\n");
}

void json_members(struct outbuf *out, struct plinth_writer *w, const struct plinth_result *r)
{
	ob_str(out, "{\"record\":");
	ob_long(out, r->record);
	ob_str(out, ",\"source\":");
	ob_json_place_kept(out, &w->places, r->file, r->line, 0);
	ob_str(out, ",\"id\":");
	if (r->id)
		ob_json_string(out, r->id);
	else
		ob_str(out, "null");
	if (r->error) {
		ob_str(out, ",\"error\":");
		ob_json_string(out, r->error);
		ob_str(out, ",\"at\":");
		ob_json_place_kept(out, &w->places, r->file, r->error_line, r->error_column);
		return;
	}
	sections(out, w, r);
}

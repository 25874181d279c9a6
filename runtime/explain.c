/* plinth_reader_explain: the record last decided, taken apart check by
 * check and clause by clause.  Built only when asked, after the fact,
 * from the record the reader still holds and into its per-record arena:
 * plain evaluation does no work and keeps no state for it. */
#include <string.h>

#include "reader.h"

/* The public enum mirrors the runtime's, so values pass straight over. */
_Static_assert(PLINTH_FALSE == (int)T_FALSE && PLINTH_TRUE == (int)T_TRUE &&
               PLINTH_UNKNOWN == (int)T_UNKNOWN, "enum plinth_truth follows enum tri");

struct explainer {
	struct reader_state s;
	struct plinth_field_value *values; /* by slot, rendered on first use */
};

/* "[a, b]": the members present, in the order declared. */
static const char *set_text(struct arena *a, const struct slot *s, uint64_t mask)
{
	size_t n = 3;
	for (int i = 0; i < s->nmembers; i++)
		if (mask >> i & 1)
			n += strlen(s->members[i]) + 2;
	char *t = arena_alloc(a, n), *end = t;
	*end++ = '[';
	for (int i = 0; i < s->nmembers; i++) {
		if (!(mask >> i & 1))
			continue;
		if (end > t + 1) {
			memcpy(end, ", ", 2);
			end += 2;
		}
		size_t len = strlen(s->members[i]);
		memcpy(end, s->members[i], len);
		end += len;
	}
	*end = ']';
	return t;
}

/* A present value as YAML would show it. */
static const char *value_text(struct arena *a, const struct slot *s, const struct value *v)
{
	switch (s->type) {
	case SL_BOOL: return v->b ? "true" : "false";
	case SL_INT: return arena_printf(a, "%.0f", v->num); /* whole, up to 2^53: exact */
	case SL_NUMBER: return arena_printf(a, "%.15g", v->num);
	case SL_TEXT: return v->text;
	case SL_ENUM: return s->members[v->member];
	case SL_SET: return set_text(a, s, v->mask);
	}
	return "";
}

static struct plinth_field_value field_value(struct explainer *x, int slot)
{
	struct plinth_field_value *f = &x->values[slot];
	if (f->field)
		return *f;
	const struct value *v = &x->s.rec->values[slot];
	const struct slot *s = &x->s.p->slots[slot];
	f->field = s->path;
	if (v->present) {
		f->value = value_text(x->s.arena, s, v);
		f->line = v->line;
		f->column = v->column;
	}
	return *f;
}

static struct plinth_condition condition(struct explainer *x, const char *text, enum tri t,
                                         const int *reads, int nreads)
{
	struct plinth_field_value *fields = arena_alloc(x->s.arena, sizeof *fields * (size_t)(nreads + 1));
	for (int i = 0; i < nreads; i++)
		fields[i] = field_value(x, reads[i]);
	return (struct plinth_condition){ .text = text, .value = (enum plinth_truth)t,
	                                  .fields = fields, .nfields = nreads };
}

static const struct plinth_check_value *explain_checks(struct explainer *x)
{
	const struct plinth_protocol *p = x->s.p;
	struct plinth_check_value *v = arena_alloc(x->s.arena, sizeof *v * (size_t)(p->nchecks + 1));
	for (int i = 0; i < p->nchecks; i++) {
		const struct pcheck *c = &p->checks[i];
		v[i].check = c->name;
		v[i].question = c->question;
		v[i].cond = condition(x, c->text, (enum tri)x->s.rec->checks[i], c->reads, c->nreads);
		v[i].cond.line = c->line;
		v[i].cond.column = c->column;
	}
	return v;
}

/* Every condition clause of the step, evaluated again: the decision
 * stops at the first false 'only if' and never looks at a done step. */
static void explain_step(struct explainer *x, int i, struct plinth_step_explanation *e)
{
	const struct pstep *s = &x->s.p->steps[i];
	struct plinth_clause_value *v = arena_alloc(x->s.arena, sizeof *v * (size_t)(s->nclauses + 1));
	for (int k = 0; k < s->nclauses; k++) {
		const struct pclause *c = &s->clauses[k];
		v[k].kind = c->kind;
		v[k].message = c->message == c->source ? NULL : c->message;
		v[k].cond = condition(x, c->text, eval_cond(x->s.p, x->s.rec, c->cond), c->reads, c->nreads);
		v[k].cond.line = c->line;
		v[k].cond.column = c->column;
	}
	e->step = s->name;
	e->status = x->s.result->decisions[i].status;
	e->clauses = v;
	e->nclauses = s->nclauses;
}

const struct plinth_explanation *plinth_reader_explain(plinth_reader *r)
{
	struct explainer x;
	reader_state(r, &x.s);
	if (x.s.result->error || !x.s.result->decisions)
		return NULL; /* an invalid record, or none read yet */
	const struct plinth_protocol *p = x.s.p;
	x.values = arena_alloc(x.s.arena, sizeof *x.values * (size_t)(p->nslots + 1));
	struct plinth_explanation *e = arena_alloc(x.s.arena, sizeof *e);
	struct plinth_step_explanation *steps = arena_alloc(x.s.arena, sizeof *steps * (size_t)(p->nsteps + 1));
	for (int i = 0; i < p->nsteps; i++)
		explain_step(&x, i, &steps[i]);
	e->checks = explain_checks(&x);
	e->nchecks = p->nchecks;
	e->steps = steps;
	e->nsteps = p->nsteps;
	return e;
}

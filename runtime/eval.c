#include "record.h"

#include <math.h>
#include <string.h>

#include "../base/xlist.h"

/* ---- three-valued conditions -------------------------------------- */

enum vkind { VK_NUM, VK_TEXT, VK_MEMBER, VK_BOOL };

struct xval {
	bool known;
	enum vkind kind;
	double num;
	const char *s;
	size_t len;
	int member;
	bool b;
};

static struct xval field_value(const struct plinth_protocol *p, const struct record *r, int slot)
{
	const struct value *v = &r->values[slot];
	struct xval x = { .known = v->present };
	switch (p->slots[slot].type) {
	case SL_INT: case SL_NUMBER: x.kind = VK_NUM; x.num = v->num; break;
	case SL_TEXT: x.kind = VK_TEXT; x.s = v->text; x.len = v->len; break;
	case SL_ENUM: x.kind = VK_MEMBER; x.member = v->member; break;
	case SL_BOOL: x.kind = VK_BOOL; x.b = v->b; break;
	case SL_SET: x.known = false; break; /* rejected by the type checker */
	}
	return x;
}

/* A division by zero, or a result too large for a number (1e300 *
 * 1e300), has no value: unknown, like missing data.  An infinity or a
 * NaN let through would compare as if decided. */
static struct xval arith(enum arith op, struct xval a, struct xval b)
{
	struct xval x = { .known = a.known && b.known, .kind = VK_NUM };
	switch (op) {
	case A_ADD: x.num = a.num + b.num; break;
	case A_SUB: x.num = a.num - b.num; break;
	case A_MUL: x.num = a.num * b.num; break;
	case A_DIV: x.num = b.num == 0 ? NAN : a.num / b.num; break;
	}
	if (!isfinite(x.num))
		x.known = false;
	return x;
}

static struct xval eval_value(const struct plinth_protocol *p, const struct record *r, int i)
{
	const struct xnode *x = &p->x[i];
	switch ((enum xop)x->op) {
	case XV_NUM: return (struct xval){ .known = true, .kind = VK_NUM, .num = x->num };
	case XV_STR: return (struct xval){ .known = true, .kind = VK_TEXT, .s = x->str, .len = x->len };
	case XV_MEMBER: return (struct xval){ .known = true, .kind = VK_MEMBER, .member = x->idx };
	case XV_BOOL: return (struct xval){ .known = true, .kind = VK_BOOL, .b = x->b_val };
	case XV_FIELD: return field_value(p, r, x->slot);
	case XV_COUNT: {
		const struct value *v = &r->values[x->slot];
		return (struct xval){ .known = v->present, .kind = VK_NUM,
		                      .num = (double)__builtin_popcountll(v->mask) };
	}
	case XV_ARITH:
		return arith(x->cmp, eval_value(p, r, x->a), eval_value(p, r, x->b));
	case XV_CHECK: {
		enum tri t = r->checks[x->idx];
		return (struct xval){ .known = t != T_UNKNOWN, .kind = VK_BOOL, .b = t == T_TRUE };
	}
	case X_TRUE: case X_FALSE: case X_AND: case X_OR: case X_NOT: case X_CHECK: case X_BOOLFIELD: case X_CMP:
	case X_HAS: case X_ENUM_IN: case X_RANGE: case X_MISSING: case X_EMPTY: case X_FIELD_CMP: case X_FIELD_IS:
	case X_FIELD_IN: case X_FIELD_RANGE: case X_IN_LIST:
		break; /* conditions: the compiler never makes one a value */
	}
	return (struct xval){ .known = false };
}

static int order3(double a, double b)
{
	return (a > b) - (a < b);
}

/* -1, 0, 1 for ordered kinds; for the rest only 0 or 1 (equal or not). */
static int compare_values(struct xval a, struct xval b)
{
	switch (a.kind) {
	case VK_NUM: return order3(a.num, b.num);
	case VK_TEXT: return !(a.len == b.len && !memcmp(a.s, b.s, a.len));
	case VK_MEMBER: return a.member != b.member;
	case VK_BOOL: return a.b != b.b;
	}
	return 1;
}

static enum tri truth(bool b)
{
	return b ? T_TRUE : T_FALSE;
}

/* c (below zero, zero, above) read by comparison cmp. */
static enum tri by_cmp(int c, enum cmp cmp)
{
	switch (cmp) {
	case C_EQ: return truth(c == 0);
	case C_NE: return truth(c != 0);
	case C_LT: return truth(c < 0);
	case C_LE: return truth(c <= 0);
	case C_GT: return truth(c > 0);
	case C_GE: return truth(c >= 0);
	}
	return T_UNKNOWN;
}

static enum tri compare(const struct plinth_protocol *p, const struct record *r, const struct xnode *x)
{
	struct xval a = eval_value(p, r, x->a), b = eval_value(p, r, x->b);
	if (!a.known || !b.known)
		return T_UNKNOWN;
	return by_cmp(compare_values(a, b), x->cmp);
}

/* Kleene's logic: false decides 'and', true decides 'or', whatever the
 * other side is; otherwise unknown wins.  A test of a field that is
 * missing is unknown, except 'is missing'. */
enum tri eval_cond(const struct plinth_protocol *p, const struct record *r, int i)
{
	const struct xnode *x = &p->x[i];
	const struct value *v = x->op >= X_BOOLFIELD && x->op <= X_FIELD_RANGE ? &r->values[x->slot] : NULL;
	enum tri a, b;
	switch ((enum xop)x->op) {
	case X_TRUE: return T_TRUE;
	case X_FALSE: return T_FALSE;
	case X_AND:
		a = eval_cond(p, r, x->a);
		if (a == T_FALSE)
			return T_FALSE;
		b = eval_cond(p, r, x->b);
		return b == T_FALSE ? T_FALSE : a == T_TRUE && b == T_TRUE ? T_TRUE : T_UNKNOWN;
	case X_OR:
		a = eval_cond(p, r, x->a);
		if (a == T_TRUE)
			return T_TRUE;
		b = eval_cond(p, r, x->b);
		return b == T_TRUE ? T_TRUE : a == T_FALSE && b == T_FALSE ? T_FALSE : T_UNKNOWN;
	case X_NOT:
		a = eval_cond(p, r, x->a);
		return a == T_UNKNOWN ? T_UNKNOWN : truth(a == T_FALSE);
	case X_CHECK: return (enum tri)r->checks[x->idx];
	case X_CMP: return compare(p, r, x);
	case X_ENUM_IN: {
		struct xval e = eval_value(p, r, x->a);
		return e.known ? truth(x->mask >> e.member & 1) : T_UNKNOWN;
	}
	case X_RANGE: {
		struct xval n = eval_value(p, r, x->a);
		return n.known ? truth(n.num >= x->lo && n.num <= x->hi) : T_UNKNOWN;
	}
	case X_IN_LIST: {
		struct xval e = eval_value(p, r, x->a);
		if (!e.known)
			return T_UNKNOWN;
		return truth(e.kind == VK_NUM ? xlist_has_number(x->list, e.num) : xlist_has_text(x->list, e.s, e.len));
	}
	case X_MISSING: return truth(!v->present);
	case X_BOOLFIELD: return v->present ? truth(v->b) : T_UNKNOWN;
	case X_HAS: return v->present ? truth(v->mask & x->mask) : T_UNKNOWN;
	case X_EMPTY: return v->present ? truth(v->mask == 0) : T_UNKNOWN;
	case X_FIELD_CMP: return v->present ? by_cmp(order3(v->num, x->num), x->cmp) : T_UNKNOWN;
	case X_FIELD_IS: return v->present ? truth((v->member == x->idx) == (x->cmp == C_EQ)) : T_UNKNOWN;
	case X_FIELD_IN: return v->present ? truth(x->mask >> v->member & 1) : T_UNKNOWN;
	case X_FIELD_RANGE: return v->present ? truth(v->num >= x->lo && v->num <= x->hi) : T_UNKNOWN;
	case XV_NUM: case XV_STR: case XV_MEMBER: case XV_BOOL: case XV_FIELD: case XV_COUNT: case XV_ARITH:
	case XV_CHECK:
		break; /* values: the compiler never makes one a condition */
	}
	return T_UNKNOWN;
}

/* ---- step status -------------------------------------------------- */

/* Pushes x (a condition or a value) on why_unknown's stack. */
static void pend(struct arena *a, int **stack, int *n, int *cap, int x)
{
	if (*n == *cap) {
		int *more = arena_alloc_raw(a, sizeof *more * (size_t)(*cap *= 2));
		memcpy(more, *stack, sizeof *more * (size_t)*n);
		*stack = more;
	}
	(*stack)[(*n)++] = x;
}

/* Marks the missing fields that make condition i unknown: of an 'and'
 * or 'or', only the sides that are unknown themselves, so a field whose
 * absence changed nothing is not blamed.  Through checks too, each
 * looked into once: with a stack of its own, not the C stack, since
 * checks may use checks to any depth. */
static void why_unknown(const struct plinth_protocol *p, const struct record *r, struct arena *a, int i,
                        bool *missing)
{
	bool *seen = arena_alloc(a, (size_t)p->nchecks + 1); /* checks looked into */
	int n = 0, cap = 32;
	int *stack = arena_alloc_raw(a, sizeof *stack * (size_t)cap);
	pend(a, &stack, &n, &cap, i);
	while (n) {
		const struct xnode *x = &p->x[stack[--n]];
		int check = -1;
		switch ((enum xop)x->op) {
		case X_AND: case X_OR:
			if (eval_cond(p, r, x->a) == T_UNKNOWN)
				pend(a, &stack, &n, &cap, x->a);
			if (eval_cond(p, r, x->b) == T_UNKNOWN)
				pend(a, &stack, &n, &cap, x->b);
			break;
		case X_CMP: case XV_ARITH:
			pend(a, &stack, &n, &cap, x->a);
			pend(a, &stack, &n, &cap, x->b);
			break;
		case X_NOT: case X_ENUM_IN: case X_RANGE: case X_IN_LIST: pend(a, &stack, &n, &cap, x->a); break;
		case X_CHECK: check = x->idx; break;
		case XV_CHECK:
			if (r->checks[x->idx] == T_UNKNOWN)
				check = x->idx;
			break;
		case X_BOOLFIELD: case X_HAS: case X_EMPTY: case X_FIELD_CMP: case X_FIELD_IS: case X_FIELD_IN:
		case X_FIELD_RANGE: case XV_FIELD: case XV_COUNT:
			if (!r->values[x->slot].present)
				missing[x->slot] = true;
			break;
		case X_TRUE: case X_FALSE: case X_MISSING: case XV_NUM: case XV_STR: case XV_MEMBER: case XV_BOOL:
			break; /* never unknown */
		}
		if (check >= 0 && !seen[check]) {
			seen[check] = true;
			pend(a, &stack, &n, &cap, p->check_root[check]);
		}
	}
}

/* An unknown clause's reason, naming the fields whose absence made it
 * unknown.  Mostly that is the clause's one field, and the text was
 * written when the protocol compiled; else it is joined by hand: this
 * runs for many records, and printf-style formatting cost more than the
 * rest of the decision. */
static void unassessed(const struct plinth_protocol *p, const struct record *r, struct arena *a,
                       const struct pclause *c, struct plinth_reason *x)
{
	if (c->missing_message && !r->values[c->reads[0]].present) {
		x->message = c->missing_message;
		x->fields = c->missing_fields;
		x->nfields = 1;
		return;
	}
	bool *missing = arena_alloc(a, (size_t)p->nslots + 1);
	why_unknown(p, r, a, c->cond, missing);
	const char **fields = arena_alloc(a, sizeof *fields * (size_t)(p->nslots + 1));
	size_t len = strlen(c->source) + sizeof " missing ()" + sizeof "cannot be evaluated";
	for (int i = 0; i < p->nslots; i++)
		if (missing[i]) {
			fields[x->nfields++] = p->slots[i].path;
			len += strlen(p->slots[i].path) + 2;
		}
	x->fields = fields;
	char *m = arena_alloc(a, len), *o = m;
	for (int i = 0; i < x->nfields; i++)
		o = stpcpy(stpcpy(o, i ? ", " : ""), fields[i]);
	o = stpcpy(o, x->nfields ? " missing (" : "cannot be evaluated (");
	stpcpy(stpcpy(o, c->source), ")");
	x->message = m;
}

/* The kinds that block a step are the first ones (plinth.h). */
enum { NBLOCKING = 0 PLINTH_BLOCKING_REASON_KINDS(PLINTH_PLUS_ONE) };

/* What a clause gives this record, beyond nothing: a blocking reason
 * (its kind, below NBLOCKING), or a caution true or unknown. */
enum { GIVES_CAUTION = NBLOCKING, GIVES_CAUTION_UNKNOWN, GIVES_KINDS, GIVES_NOTHING = 0xff };

/* t is the clause's value; a false 'only if' never gets here (decide). */
static uint8_t gives(const struct pclause *c, enum tri t)
{
	switch (c->kind) {
	case PLINTH_ONLY_IF: return t == T_UNKNOWN ? PLINTH_UNASSESSED : GIVES_NOTHING;
	case PLINTH_REQUIRES:
		return t == T_UNKNOWN ? PLINTH_UNASSESSED : t == T_FALSE ? PLINTH_UNMET : GIVES_NOTHING;
	case PLINTH_CONTRAINDICATED_IF:
		return t == T_UNKNOWN ? PLINTH_UNASSESSED : t == T_TRUE ? PLINTH_CONTRAINDICATED : GIVES_NOTHING;
	case PLINTH_CAUTION_IF:
		return t == T_TRUE ? GIVES_CAUTION : t == T_UNKNOWN ? GIVES_CAUTION_UNKNOWN : GIVES_NOTHING;
	}
	return GIVES_NOTHING;
}

/* The reason clause `clause` of step s gives, of kind k. */
static void clause_reason(const struct plinth_protocol *p, const struct record *r, struct arena *a,
                          const struct pstep *s, int clause, enum plinth_reason_kind k, struct plinth_reason *x)
{
	const struct pclause *c = &s->clauses[clause];
	*x = (struct plinth_reason){ .kind = k, .message = c->message, .cites = c->cites, .ncites = c->ncites,
	                             .line = c->line, .column = c->column, .clause = clause };
	if (k == PLINTH_UNASSESSED)
		unassessed(p, r, a, c, x);
}

/* A blocked step's reasons, by kind in the order of the enum and within
 * a kind in written order: each goes straight to its place, found from
 * the counts of the kinds before it.  g holds what each clause gives. */
static void blocking(const struct plinth_protocol *p, const struct record *r, struct arena *a,
                     const struct plinth_decision *decisions, struct plinth_decision *d, const struct pstep *s,
                     const uint8_t *g, const int *count, int n)
{
	struct plinth_reason *v = arena_alloc_raw(a, sizeof *v * (size_t)n);
	int at[NBLOCKING] = { 0 };
	for (int kind = 1; kind < NBLOCKING; kind++)
		at[kind] = at[kind - 1] + count[kind - 1];
	for (int k = 0; k < s->nclauses; k++)
		if (g[k] < NBLOCKING)
			clause_reason(p, r, a, s, k, (enum plinth_reason_kind)g[k], &v[at[g[k]]++]);
	for (int k = 0; k < s->nafter; k++)
		if (decisions[s->after[k]].status == PLINTH_BLOCKED)
			v[at[PLINTH_DEPENDENCY]++] = (struct plinth_reason){
				.kind = PLINTH_DEPENDENCY, .message = s->after_message[k], .after = decisions[s->after[k]].step,
				.clause = k };
	d->reasons = v;
	d->nreasons = n;
}

/* A planned step's cautions, in written order: those true, and those
 * unknown. */
static void cautions(const struct plinth_protocol *p, const struct record *r, struct arena *a,
                     struct plinth_decision *d, const struct pstep *s, const uint8_t *g, int n)
{
	struct plinth_reason *v = arena_alloc_raw(a, sizeof *v * (size_t)n);
	int i = 0;
	for (int k = 0; k < s->nclauses; k++)
		if (g[k] == GIVES_CAUTION || g[k] == GIVES_CAUTION_UNKNOWN)
			clause_reason(p, r, a, s, k, g[k] == GIVES_CAUTION ? PLINTH_CAUTION : PLINTH_UNASSESSED,
			              &v[i++]);
	d->cautions = v;
	d->ncautions = n;
}

/* Decides step i; the steps before it in plan order are decided.  g has
 * room for what each of its clauses gives.  The only-if clauses come
 * first, since a false one skips the step whatever the rest are; then
 * every other clause is evaluated once and counted by what it gives. */
static void decide(const struct plinth_protocol *p, struct record *r, struct arena *a,
                   struct plinth_decision *decisions, int i, int *seq, uint8_t *g)
{
	const struct pstep *s = &p->steps[i];
	struct plinth_decision *d = &decisions[i];
	if (r->done[i]) {
		d->status = PLINTH_DONE;
		return;
	}
	for (int k = 0; k < s->nclauses; k++) {
		if (s->clauses[k].kind != PLINTH_ONLY_IF)
			continue;
		enum tri t = eval_cond(p, r, s->clauses[k].cond);
		if (t == T_FALSE) {
			d->status = PLINTH_SKIPPED;
			return;
		}
		g[k] = gives(&s->clauses[k], t);
	}
	int count[GIVES_KINDS] = { 0 };
	for (int k = 0; k < s->nclauses; k++) {
		const struct pclause *c = &s->clauses[k];
		if (c->kind != PLINTH_ONLY_IF)
			g[k] = gives(c, eval_cond(p, r, c->cond));
		if (g[k] != GIVES_NOTHING)
			count[g[k]]++;
	}
	for (int k = 0; k < s->nafter; k++)
		count[PLINTH_DEPENDENCY] += decisions[s->after[k]].status == PLINTH_BLOCKED;
	int blocks = 0;
	for (int kind = 0; kind < NBLOCKING; kind++)
		blocks += count[kind];
	if (blocks) {
		d->status = PLINTH_BLOCKED;
		blocking(p, r, a, decisions, d, s, g, count, blocks);
		return;
	}
	d->status = PLINTH_PLANNED;
	d->seq = ++*seq;
	if (count[GIVES_CAUTION] + count[GIVES_CAUTION_UNKNOWN])
		cautions(p, r, a, d, s, g, count[GIVES_CAUTION] + count[GIVES_CAUTION_UNKNOWN]);
}

void evaluate(const struct plinth_protocol *p, struct record *r, struct arena *a,
              struct plinth_decision *decisions)
{
	for (int i = 0; i < p->nchecks; i++) {
		int c = p->check_order[i];
		r->checks[c] = (uint8_t)eval_cond(p, r, p->check_root[c]);
	}
	int seq = 0;
	for (int i = 0; i < p->nsteps; i++) {
		struct plinth_decision *d = &decisions[i];
		d->seq = d->nreasons = d->ncautions = 0;
		d->reasons = d->cautions = NULL;
		decide(p, r, a, decisions, i, &seq, r->gives);
	}
}

void decisions_init(const struct plinth_protocol *p, struct plinth_decision *decisions)
{
	for (int i = 0; i < p->nsteps; i++) {
		const struct pstep *s = &p->steps[i];
		decisions[i] = (struct plinth_decision){
			.step = s->name, .stage = s->stage, .title = s->title,
			.techniques = s->techniques, .ntechniques = s->ntechniques,
			.notes = s->notes, .nnotes = s->nnotes,
		};
	}
}

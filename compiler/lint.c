#include "lint.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"
#include "symtab.h"

/* ---- what a conjunction allows, field by field --------------------- */

struct interval {
	const struct field *f;
	double lo, hi;
	bool lo_open, hi_open;
};

struct members {
	const struct field *f;
	uint64_t allowed;
};

/* A field's value must lie outside lo..hi (from '!=' or 'not in A..B'):
 * no interval holds that, so it is checked once the intervals are
 * narrowed. */
struct exclusion {
	const struct field *f;
	double lo, hi;
};

/* A set of keys (pointers, or string hashes), allocated with malloc
 * and freed with its conjunction: a generated protocol can put tens of
 * thousands of tests in one. */
struct keyset {
	uintptr_t *key; /* 0: empty */
	const void **item;
	unsigned mask, n;
};

static unsigned key_hash(uintptr_t k)
{
	uint64_t h = (uint64_t)k * 0x9E3779B97F4A7C15ull;
	return (unsigned)(h >> 32);
}

/* The slot of key k: where it is, or the empty one where it goes. */
static unsigned keyset_slot(const struct keyset *s, uintptr_t k, const void *item,
                            bool (*same)(const void *, const void *))
{
	unsigned i = key_hash(k) & s->mask;
	while (s->key[i] && !(s->key[i] == k && (!same || same(s->item[i], item))))
		i = (i + 1) & s->mask;
	return i;
}

/* The item already kept under k (and equal to item by same, when given),
 * else NULL after keeping item under k. */
static const void *keyset_put(struct keyset *s, uintptr_t k, const void *item,
                              bool (*same)(const void *, const void *))
{
	if (2 * (s->n + 1) > s->mask) { /* keep it at most half full */
		struct keyset old = *s;
		s->mask = old.mask ? 2 * old.mask + 1 : 15;
		s->key = xmalloc(sizeof *s->key * (s->mask + 1));
		s->item = xmalloc(sizeof *s->item * (s->mask + 1));
		memset(s->key, 0, sizeof *s->key * (s->mask + 1));
		for (unsigned i = 0; old.mask && i <= old.mask; i++)
			if (old.key[i]) {
				unsigned j = key_hash(old.key[i]) & s->mask;
				while (s->key[j])
					j = (j + 1) & s->mask;
				s->key[j] = old.key[i];
				s->item[j] = old.item[i];
			}
		free(old.key);
		free(old.item);
	}
	unsigned i = keyset_slot(s, k, item, same);
	if (s->key[i])
		return s->item[i];
	s->key[i] = k;
	s->item[i] = item;
	s->n++;
	return NULL;
}

static bool keyset_has(const struct keyset *s, uintptr_t k, const void *item,
                       bool (*same)(const void *, const void *))
{
	return s->mask && s->key[keyset_slot(s, k, item, same)];
}

static void keyset_free(struct keyset *s)
{
	free(s->key);
	free(s->item);
}

struct conj {
	struct arena *a;
	struct vec intervals, members, exclusions;
	struct keyset literals; /* test keys (test_key), by their hash and way */
	struct keyset added;    /* tests added, and checks looked through: node or check | want */
	bool unsat;
};

static void conj_free(struct conj *c)
{
	keyset_free(&c->literals);
	keyset_free(&c->added);
}

/* Is (p, want) new to c?  Adding a test twice changes nothing. */
static bool first_time(struct conj *c, const void *p, bool want)
{
	return !keyset_put(&c->added, (uintptr_t)p | want, p, NULL);
}

static bool numeric_field(const struct node *n)
{
	return n->kind == V_PATH && n->field && !n->check && n->rtype == R_NUM;
}

/* The value of a constant numeric expression, if it is one. */
static bool constant(const struct node *n, double *v)
{
	double a, b;
	if (n->kind == V_NUM) {
		*v = n->num;
		return true;
	}
	if (n->kind != V_ARITH || !constant(n->a, &a) || !constant(n->b, &b))
		return false;
	switch (n->arith) {
	case A_ADD: *v = a + b; break;
	case A_SUB: *v = a - b; break;
	case A_MUL: *v = a * b; break;
	case A_DIV: *v = b != 0 ? a / b : NAN; break;
	}
	return isfinite(*v); /* as evaluation has it: too large has no value */
}

static struct interval *interval_of(struct conj *c, const struct field *f)
{
	for (int i = 0; i < c->intervals.n; i++) {
		struct interval *iv = c->intervals.items[i];
		if (iv->f == f)
			return iv;
	}
	struct interval *iv = arena_alloc(c->a, sizeof *iv);
	iv->f = f;
	iv->lo = f->type.has_range ? f->type.lo : -INFINITY;
	iv->hi = f->type.has_range ? f->type.hi : INFINITY;
	vec_push(c->a, &c->intervals, iv);
	return iv;
}

static bool interval_empty(const struct interval *iv)
{
	if (iv->f->type.kind == TY_INT) /* only whole numbers inside */
		return ceil(iv->lo + (iv->lo_open && iv->lo == floor(iv->lo))) >
		       floor(iv->hi - (iv->hi_open && iv->hi == floor(iv->hi)));
	return iv->lo > iv->hi || (iv->lo == iv->hi && (iv->lo_open || iv->hi_open));
}

static void raise_lo(struct interval *iv, double v, bool open)
{
	if (v > iv->lo || (v == iv->lo && open)) {
		iv->lo = v;
		iv->lo_open = open;
	}
}

static void lower_hi(struct interval *iv, double v, bool open)
{
	if (v < iv->hi || (v == iv->hi && open)) {
		iv->hi = v;
		iv->hi_open = open;
	}
}

static void exclude(struct conj *c, const struct field *f, double lo, double hi)
{
	struct exclusion *x = arena_alloc(c->a, sizeof *x);
	x->f = f;
	x->lo = lo;
	x->hi = hi;
	vec_push(c->a, &c->exclusions, x);
	interval_of(c, f);
}

/* Is every value the field may still take excluded? */
static void check_exclusions(struct conj *c)
{
	for (int i = 0; i < c->exclusions.n; i++) {
		const struct exclusion *x = c->exclusions.items[i];
		const struct interval *iv = interval_of(c, x->f);
		double lo = iv->lo, hi = iv->hi;
		if (x->f->type.kind == TY_INT) { /* only whole numbers inside */
			lo = iv->lo_open && lo == floor(lo) ? lo + 1 : ceil(lo);
			hi = iv->hi_open && hi == floor(hi) ? hi - 1 : floor(hi);
		}
		if (lo >= x->lo && hi <= x->hi)
			c->unsat = true;
	}
}

/* field OP v must hold: narrow the field's interval; != excludes. */
static void narrow(struct conj *c, const struct field *f, enum cmp op, double v)
{
	struct interval *iv = interval_of(c, f);
	switch (op) {
	case C_NE: exclude(c, f, v, v); return;
	case C_EQ: raise_lo(iv, v, false); lower_hi(iv, v, false); break;
	case C_LT: lower_hi(iv, v, true); break;
	case C_LE: lower_hi(iv, v, false); break;
	case C_GT: raise_lo(iv, v, true); break;
	case C_GE: raise_lo(iv, v, false); break;
	}
	if (interval_empty(iv))
		c->unsat = true;
}

static bool compare_constants(enum cmp op, double a, double b)
{
	switch (op) {
	case C_EQ: return a == b;
	case C_NE: return a != b;
	case C_LT: return a < b;
	case C_LE: return a <= b;
	case C_GT: return a > b;
	case C_GE: return a >= b;
	}
	return false;
}

/* A numeric comparison: true if it was understood. */
static bool numeric_test(struct conj *c, const struct node *n, bool want)
{
	double a, b;
	enum cmp op = want ? n->cmp : cmp_negated(n->cmp);
	if (constant(n->a, &a) && constant(n->b, &b)) {
		if (!compare_constants(op, a, b))
			c->unsat = true;
		return true;
	}
	if (numeric_field(n->a) && constant(n->b, &b))
		narrow(c, n->a->field, op, b);
	else if (numeric_field(n->b) && constant(n->a, &a))
		narrow(c, n->b->field, cmp_swapped(op), a);
	else
		return false;
	return true;
}

/* x in A..B narrows; x not in A..B excludes. */
static bool range_test(struct conj *c, const struct node *n, bool want)
{
	bool in = want != n->negate;
	if (!numeric_field(n->a))
		return false;
	if (!in) {
		exclude(c, n->a->field, n->b->a->num, n->b->b->num);
		return true;
	}
	narrow(c, n->a->field, C_GE, n->b->a->num);
	narrow(c, n->a->field, C_LE, n->b->b->num);
	return true;
}

static void allow_members(struct conj *c, const struct field *f, uint64_t mask)
{
	struct members *m = NULL;
	for (int i = 0; i < c->members.n && !m; i++)
		if (((struct members *)c->members.items[i])->f == f)
			m = c->members.items[i];
	if (!m) {
		m = arena_alloc(c->a, sizeof *m);
		m->f = f;
		int n = f->type.members->names.n;
		m->allowed = n >= 64 ? ~0ull : (1ull << n) - 1;
		vec_push(c->a, &c->members, m);
	}
	m->allowed &= mask;
	if (!m->allowed)
		c->unsat = true;
}

/* e == m, e != m, e in {..}: which members of e remain possible. */
static bool member_test(struct conj *c, const struct node *n, bool want)
{
	const struct node *e = n->a, *m = n->b;
	uint64_t mask = 0;
	if (n->kind == N_CMP && (n->cmp == C_EQ || n->cmp == C_NE)) {
		if (e->rtype != R_ENUM)
			e = n->b, m = n->a;
		if (e->rtype != R_ENUM || !e->field || m->rtype != R_MEMBER)
			return false;
		mask = 1ull << m->member;
		want = want == (n->cmp == C_EQ);
	} else if (n->kind == N_IN && n->b->kind == S_LIST && e->rtype == R_ENUM && e->field) {
		for (int i = 0; i < n->b->items.n; i++)
			mask |= 1ull << ((const struct node *)n->b->items.items[i])->member;
		want = want != n->negate;
	} else
		return false;
	allow_members(c, e->field, want ? mask : ~mask);
	return true;
}

/* Any other test: the same test both true and false cannot be. */
/* One spelling per test, the polarity in want: 'x != y' is 'not x == y',
 * 'x not in S' is 'not x in S', 'F is known' is 'not F is missing'. */
static const char *test_key(struct arena *a, const struct node *n, bool *want)
{
	if (n->lint_key) { /* printed before */
		*want ^= n->lint_key_flips;
		return n->lint_key;
	}
	bool was = *want;
	struct node t = *n;
	if (t.kind == N_CMP && t.cmp == C_NE) {
		t.cmp = C_EQ;
		*want = !*want;
	}
	if (t.kind == N_KNOWN) {
		t.kind = N_MISSING;
		*want = !*want;
	}
	if ((t.kind == N_IN || t.kind == N_MISSING || t.kind == N_EMPTY) && t.negate) {
		t.negate = false;
		*want = !*want;
	}
	struct node *m = (struct node *)n; /* the memo only */
	m->lint_key = print_expr(a, &t);
	m->lint_key_flips = *want != was;
	return m->lint_key;
}

static bool same_text(const void *x, const void *y)
{
	return !strcmp(x, y);
}

/* The same test both ways: the literals are kept by key and way, so
 * finding the other way is one lookup. */
static void opaque_test(struct conj *c, const struct node *n, bool want)
{
	const char *key = test_key(c->a, n, &want);
	uintptr_t k = 4 * (uintptr_t)symtab_hash(key) + 2; /* never 0, the empty slot */
	if (keyset_has(&c->literals, k + !want, key, same_text))
		c->unsat = true;
	keyset_put(&c->literals, k + want, key, same_text);
}

static void add_test(struct conj *c, const struct node *n, bool want)
{
	if (n->kind == N_TRUE || n->kind == N_FALSE) {
		if ((n->kind == N_TRUE) != want)
			c->unsat = true;
		return;
	}
	if ((n->kind == N_AND && !want) || (n->kind == N_OR && want)) {
		if (!lint_can_be(n, want, c->a)) /* a disjunction: on its own */
			c->unsat = true;
		return;
	}
	opaque_test(c, n, want); /* also catches what the others do not model */
	if (n->kind == N_CMP && !numeric_test(c, n, want))
		member_test(c, n, want);
	else if (n->kind == N_IN && n->b->kind == S_RANGE)
		range_test(c, n, want);
	else if (n->kind == N_IN)
		member_test(c, n, want);
}

/* ---- what a check comes to, found once ---------------------------- */

/* A check named twice (`c = d or d`) is looked into once, and what its
 * condition comes to is kept: otherwise each level of such checks would
 * double the work.  The tests of a check are kept as a list while they
 * are few; past that, a conjunction looks through the check instead,
 * each check once, so that a long chain of checks does not keep a list
 * the length of the chain at every link. */
enum { FEW_TESTS = 64 };

struct test {
	const struct node *n;
	bool want;
};

struct lint_memo {
	signed char can[2];    /* lint_can_be(cond, want): 0 not asked yet, 1 no, 2 yes */
	signed char listed[2]; /* 0 not yet, 1 tests[want] are all of them, 2 too many */
	struct vec tests[2];   /* struct test *: what cond must come to as want, each once */
};

static struct lint_memo *memo_of(const struct check *k, struct arena *a)
{
	struct check *m = (struct check *)k; /* the memo only */
	if (!m->lint)
		m->lint = arena_alloc(a, sizeof *m->lint);
	return m->lint;
}

static struct lint_memo *tests_of(const struct check *k, bool want, struct arena *a);

static bool first_in(struct keyset *seen, const void *p, bool want)
{
	return !keyset_put(seen, (uintptr_t)p | want, p, NULL);
}

/* Adds the tests n splits into (as flatten does) to out, each once;
 * false when they are more than FEW_TESTS. */
static bool collect(const struct node *n, bool want, struct arena *a, struct keyset *seen, struct vec *out)
{
	if (n->kind == N_NAME && n->check) {
		const struct lint_memo *m = tests_of(n->check, want, a);
		if (m->listed[want] != 1)
			return false;
		for (int i = 0; i < m->tests[want].n; i++) {
			struct test *t = m->tests[want].items[i];
			if (first_in(seen, t->n, t->want))
				vec_push(a, out, t);
		}
		return out->n <= FEW_TESTS;
	}
	if (n->kind == N_NOT)
		return collect(n->a, !want, a, seen, out);
	if ((n->kind == N_AND && want) || (n->kind == N_OR && !want))
		return collect(n->a, want, a, seen, out) && collect(n->b, want, a, seen, out);
	if (first_in(seen, n, want)) {
		struct test *t = arena_alloc(a, sizeof *t);
		t->n = n;
		t->want = want;
		vec_push(a, out, t);
	}
	return out->n <= FEW_TESTS;
}

static struct lint_memo *tests_of(const struct check *k, bool want, struct arena *a)
{
	struct lint_memo *m = memo_of(k, a);
	if (!m->listed[want]) {
		struct keyset seen = { 0 };
		struct vec out = { 0 };
		m->listed[want] = 2;
		if (collect(k->cond, want, a, &seen, &out)) {
			m->tests[want] = out;
			m->listed[want] = 1;
		}
		keyset_free(&seen);
	}
	return m;
}

/* Splits n into the tests that must all come out as want, looking
 * through checks (the compiler has ruled out check cycles), each test
 * and each check once. */
static void flatten(struct conj *c, const struct node *n, bool want)
{
	if (n->kind == N_NAME && n->check) {
		if (!first_time(c, n->check, want))
			return;
		const struct lint_memo *m = tests_of(n->check, want, c->a);
		if (m->can[want] == 1) /* cannot on its own: nor with more tests */
			c->unsat = true;
		else if (m->listed[want] == 1)
			for (int i = 0; i < m->tests[want].n; i++) {
				const struct test *t = m->tests[want].items[i];
				if (first_time(c, t->n, t->want))
					add_test(c, t->n, t->want);
			}
		else
			flatten(c, n->check->cond, want);
	} else if (n->kind == N_NOT)
		flatten(c, n->a, !want);
	else if ((n->kind == N_AND && want) || (n->kind == N_OR && !want)) {
		flatten(c, n->a, want);
		flatten(c, n->b, want);
	} else if (first_time(c, n, want))
		add_test(c, n, want);
}

static bool check_can_be(const struct check *k, bool want, struct arena *a)
{
	struct lint_memo *m = memo_of(k, a);
	if (!m->can[want])
		m->can[want] = lint_can_be(k->cond, want, a) ? 2 : 1;
	return m->can[want] == 2;
}

bool lint_can_be(const struct node *n, bool want, struct arena *a)
{
	if (n->kind == N_NAME && n->check)
		return check_can_be(n->check, want, a);
	if ((n->kind == N_AND && !want) || (n->kind == N_OR && want))
		return lint_can_be(n->a, want, a) || lint_can_be(n->b, want, a);
	struct conj c = { .a = a };
	flatten(&c, n, want);
	check_exclusions(&c);
	conj_free(&c);
	return !c.unsat;
}

/* ---- the warnings ------------------------------------------------- */

struct lint {
	struct arena *a;
	plinth_diagnostics *d;
};

static void unused(struct lint *l, const struct protocol_ast *p)
{
	for (int i = 0; i < p->fields.n; i++) {
		const struct field *f = p->fields.items[i];
		/* An id names records and 'required' validates them: both are uses. */
		if (!f->used && !(f->mods & (MOD_ID | MOD_REQUIRED)))
			diag_warning(l->d, f->path->loc, DIAG_UNUSED_FIELD, "field '%s' is never used", f->path->text);
	}
	for (int i = 0; i < p->checks.n; i++) {
		const struct check *k = p->checks.items[i];
		if (!k->used)
			diag_warning(l->d, k->loc, DIAG_UNUSED_CHECK, "check '%s' is never used", k->name);
	}
	for (int i = 0; i < p->refs.n; i++) {
		const struct reference *r = p->refs.items[i];
		if (!r->used)
			diag_warning(l->d, r->loc, DIAG_UNUSED_REFERENCE, "reference '%s' is never cited", r->name);
	}
}

/* "step 'x' can never" or "no step of stage 's' can" */
static const char *whose(struct lint *l, const struct stage *g, const struct step *s)
{
	return s ? arena_printf(l->a, "step '%s' can never", s->name)
	         : arena_printf(l->a, "no step of stage '%s' can", g->name);
}

/* One warning per clause whose condition does not depend on the record;
 * where that means the step can never be planned, say so and return
 * true. */
static bool clause(struct lint *l, const struct clause *c, const struct stage *g, const struct step *s)
{
	if (!c->cond)
		return false;
	bool t = lint_can_be(c->cond, true, l->a), f = lint_can_be(c->cond, false, l->a);
	if (t && f)
		return false;
	const char *written = arena_printf(l->a, "%s %s", clause_keywords(c->kind), print_expr(l->a, c->cond));
	const char *who = whose(l, g, s);
	switch (c->kind) {
	case CL_ONLY_IF:
		if (!t)
			diag_warning(l->d, c->cond->loc, DIAG_NEVER_APPLIES, "'%s' is always false: %s apply", written,
			             who);
		else
			diag_warning(l->d, c->cond->loc, DIAG_CONSTANT_CONDITION, "'%s' is always true", written);
		return !t;
	case CL_REQUIRES:
		if (!t)
			diag_warning(l->d, c->cond->loc, DIAG_NEVER_APPLIES, "'%s' is never met: %s be planned", written,
			             who);
		else
			diag_warning(l->d, c->cond->loc, DIAG_CONSTANT_CONDITION, "'%s' is always met", written);
		return !t;
	case CL_CONTRAINDICATED_IF:
		if (!f)
			diag_warning(l->d, c->cond->loc, DIAG_NEVER_APPLIES, "'%s' always holds: %s be planned", written,
			             who);
		else
			diag_warning(l->d, c->cond->loc, DIAG_CONSTANT_CONDITION, "'%s' never holds", written);
		return !f;
	case CL_CAUTION_IF:
		diag_warning(l->d, c->cond->loc, DIAG_CONSTANT_CONDITION, "'%s' is always %s", written,
		             t ? "true" : "false");
		return false;
	case CL_AFTER: case CL_TECHNIQUE: case CL_NOTE:
		break; /* no condition */
	}
	return false;
}

/* What a step needs to be planned: every 'only if' and 'requires' true,
 * every 'contraindicated if' false, its stage's and its own. */
static void needs(struct conj *c, const struct vec *clauses)
{
	for (int i = 0; i < clauses->n; i++) {
		const struct clause *k = clauses->items[i];
		switch (k->kind) {
		case CL_ONLY_IF: case CL_REQUIRES: flatten(c, k->cond, true); break;
		case CL_CONTRAINDICATED_IF: flatten(c, k->cond, false); break;
		case CL_CAUTION_IF: case CL_AFTER: case CL_TECHNIQUE: case CL_NOTE: break; /* never block */
		}
	}
}

/* Clauses that are each possible can still rule each other out. */
static void step_conditions(struct lint *l, const struct stage *g, const struct step *s)
{
	struct conj c = { .a = l->a };
	needs(&c, &g->clauses);
	needs(&c, &s->clauses);
	check_exclusions(&c);
	conj_free(&c);
	if (c.unsat)
		diag_warning(l->d, s->loc, DIAG_NEVER_APPLIES,
		             "step '%s' can never be planned: its conditions rule each other out", s->name);
}

static void conditions(struct lint *l, const struct protocol_ast *p)
{
	for (int i = 0; i < p->checks.n; i++) {
		const struct check *k = p->checks.items[i];
		bool t = lint_can_be(k->cond, true, l->a), f = lint_can_be(k->cond, false, l->a);
		if (!t || !f)
			diag_warning(l->d, k->cond->loc, DIAG_CONSTANT_CONDITION, "check '%s' is always %s", k->name,
			             t ? "true" : "false");
	}
	for (int i = 0; i < p->stages.n; i++) {
		const struct stage *g = p->stages.items[i];
		if (!g->steps.n)
			diag_warning(l->d, g->loc, DIAG_EMPTY_STAGE, "stage '%s' has no steps", g->name);
		bool stage_flagged = false;
		for (int j = 0; j < g->clauses.n; j++)
			stage_flagged |= clause(l, g->clauses.items[j], g, NULL);
		for (int j = 0; j < g->steps.n; j++) {
			const struct step *s = g->steps.items[j];
			bool flagged = stage_flagged;
			for (int k = 0; k < s->clauses.n; k++)
				flagged |= clause(l, s->clauses.items[k], g, s);
			if (!flagged)
				step_conditions(l, g, s);
		}
	}
}

void lint_protocol(const struct protocol_ast *p, struct check *const *check_order, struct arena *a,
                   plinth_diagnostics *d)
{
	struct lint l = { a, d };
	/* What each check comes to, those it names first: then looking
	 * into a check finds its answers kept, not a chain to follow. */
	for (int i = 0; i < p->checks.n; i++)
		for (int want = 0; want < 2; want++) {
			tests_of(check_order[i], want, a);
			check_can_be(check_order[i], want, a);
		}
	unused(&l, p);
	conditions(&l, p);
}

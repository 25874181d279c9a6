#include "lower.h"

#include <stdlib.h>
#include <string.h>

#include "order.h"
#include "print.h"
#include "reads.h"
#include "../base/xlist.h"

struct lower {
	struct plinth_protocol *prog;
	struct arena *a;
	int cap;
	struct reads *reads; /* what each check reads, found once */
};

/* ---- record schema ------------------------------------------------ */

static enum slot_type slot_type(enum type_kind k)
{
	static const enum slot_type map[] = {
		[TY_BOOL] = SL_BOOL, [TY_INT] = SL_INT, [TY_NUMBER] = SL_NUMBER,
		[TY_TEXT] = SL_TEXT, [TY_ENUM] = SL_ENUM, [TY_SET] = SL_SET,
	};
	return map[k];
}

static void lower_slots(struct lower *l, const struct protocol_ast *p)
{
	struct plinth_protocol *g = l->prog;
	g->nslots = p->fields.n;
	g->slots = arena_alloc(l->a, sizeof *g->slots * (size_t)(g->nslots + 1));
	g->id_slot = -1;
	for (int i = 0; i < p->fields.n; i++) {
		const struct field *f = p->fields.items[i];
		struct slot *s = &g->slots[i];
		s->path = f->path->text;
		s->type = slot_type(f->type.kind);
		s->has_range = f->type.has_range;
		s->lo = f->type.lo;
		s->hi = f->type.hi;
		s->required = f->mods & MOD_REQUIRED;
		if (f->type.members) {
			s->nmembers = f->type.members->names.n;
			s->members = (const char *const *)f->type.members->names.items;
			names_build(&s->member_names, l->a, s->members, s->nmembers);
		}
		if (f->mods & MOD_ID)
			g->id_slot = i;
	}
	g->required = arena_alloc(l->a, sizeof *g->required * (size_t)(g->nslots + 1));
	for (int i = 0; i < g->nslots; i++)
		if (g->slots[i].required)
			g->required[g->nrequired++] = i;
}

/* The trie is built as a tree of vecs, then flattened so that each
 * node's edges sit together. */
struct tbuild {
	int slot;
	struct vec keys, kids; /* const char *, struct tbuild * */
};

static struct tbuild *tchild(struct arena *a, struct tbuild *t, const char *key)
{
	for (int i = 0; i < t->keys.n; i++)
		if (!strcmp(t->keys.items[i], key))
			return t->kids.items[i];
	struct tbuild *c = arena_alloc(a, sizeof *c);
	c->slot = -1;
	vec_push(a, &t->keys, (void *)key);
	vec_push(a, &t->kids, c);
	return c;
}

static int tcount(const struct tbuild *t)
{
	int n = 1;
	for (int i = 0; i < t->kids.n; i++)
		n += tcount(t->kids.items[i]);
	return n;
}

/* Breadth-first, so node numbers and edge ranges come out in one pass. */
static void tflatten(struct lower *l, struct tbuild *root)
{
	struct plinth_protocol *g = l->prog;
	int total = tcount(root);
	struct tbuild **queue = arena_alloc(l->a, sizeof *queue * (size_t)total);
	g->trie = arena_alloc(l->a, sizeof *g->trie * (size_t)total);
	g->edges = arena_alloc(l->a, sizeof *g->edges * (size_t)total);
	g->ntrie = total;
	int head = 0, tail = 0, nedges = 0;
	queue[tail++] = root;
	g->trie[0].path = "";
	while (head < tail) {
		struct tbuild *t = queue[head];
		struct trie_node *n = &g->trie[head++];
		n->slot = t->slot;
		n->first = nedges;
		n->n = t->kids.n;
		for (int i = 0; i < t->kids.n; i++) {
			const char *key = t->keys.items[i];
			g->edges[nedges++].child = tail;
			g->trie[tail].path = *n->path ? arena_printf(l->a, "%s.%s", n->path, key) : key;
			queue[tail++] = t->kids.items[i];
		}
		names_build(&n->keys, l->a, (const char *const *)t->keys.items, n->n);
	}
}

static void lower_trie(struct lower *l, const struct protocol_ast *p)
{
	struct tbuild *root = arena_alloc(l->a, sizeof *root);
	root->slot = -1;
	for (int i = 0; i < p->fields.n; i++) {
		const struct field *f = p->fields.items[i];
		struct tbuild *t = root;
		for (int k = 0; k < f->path->nseg; k++)
			t = tchild(l->a, t, f->path->segs[k]);
		t->slot = i;
	}
	tflatten(l, root);
}

/* ---- expressions -------------------------------------------------- */

static int emit(struct lower *l, struct xnode x)
{
	struct plinth_protocol *g = l->prog;
	if (g->nx == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		struct xnode *nx = arena_alloc(l->a, sizeof *nx * (size_t)l->cap);
		if (g->nx)
			memcpy(nx, g->x, sizeof *nx * (size_t)g->nx);
		g->x = nx;
	}
	g->x[g->nx] = x;
	return g->nx++;
}

static int op1(struct lower *l, enum xop op, int a)
{
	return emit(l, (struct xnode){ .op = op, .a = a });
}

static int op2(struct lower *l, enum xop op, int a, int b)
{
	return emit(l, (struct xnode){ .op = op, .a = a, .b = b });
}

static int lower_value(struct lower *l, const struct node *n)
{
	if (n->rtype == R_MEMBER)
		return emit(l, (struct xnode){ .op = XV_MEMBER, .idx = n->member });
	switch (n->kind) {
	case V_NUM: return emit(l, (struct xnode){ .op = XV_NUM, .num = n->num });
	case V_STR: return emit(l, (struct xnode){ .op = XV_STR, .str = n->str, .len = strlen(n->str) });
	case N_TRUE: case N_FALSE:
		return emit(l, (struct xnode){ .op = XV_BOOL, .b_val = n->kind == N_TRUE });
	case V_COUNT: return emit(l, (struct xnode){ .op = XV_COUNT, .slot = n->field->slot });
	case V_ARITH: {
		int a = lower_value(l, n->a), b = lower_value(l, n->b);
		return emit(l, (struct xnode){ .op = XV_ARITH, .cmp = (uint8_t)n->arith, .a = a, .b = b });
	}
	case V_PATH:
		if (n->check)
			return emit(l, (struct xnode){ .op = XV_CHECK, .idx = n->check->index });
		return emit(l, (struct xnode){ .op = XV_FIELD, .slot = n->field->slot });
	case N_OR: case N_AND: case N_NOT: case N_NAME: case N_CMP: case N_IN: case N_MISSING: case N_KNOWN:
	case N_EMPTY: case S_LIST: case S_RANGE: case S_PATH:
		break; /* conditions and sets: the type checker lets none through as a value */
	}
	abort();
}

/* x[a] as the field it reads, if it is one of the given type. */
static bool is_field(const struct lower *l, int a, enum slot_type t, int *slot)
{
	const struct xnode *x = &l->prog->x[a];
	if (x->op != XV_FIELD || l->prog->slots[x->slot].type != t)
		return false;
	*slot = x->slot;
	return true;
}

static bool is_number_field(const struct lower *l, int a, int *slot)
{
	return is_field(l, a, SL_INT, slot) || is_field(l, a, SL_NUMBER, slot);
}

/* A comparison, as one of the field-against-constant instructions when
 * it is one ("pain >= 7", "7 <= pain", "tilt == anterior"). */
static int lower_cmp(struct lower *l, enum cmp op, int a, int b)
{
	const struct xnode *x = l->prog->x;
	int slot;
	if ((x[a].op == XV_NUM || x[a].op == XV_MEMBER) && x[b].op != x[a].op) { /* the constant second */
		int t = a;
		a = b;
		b = t;
		op = cmp_swapped(op);
	}
	if (x[b].op == XV_NUM && is_number_field(l, a, &slot))
		return emit(l, (struct xnode){ .op = X_FIELD_CMP, .cmp = (uint8_t)op, .slot = slot, .num = x[b].num });
	if (x[b].op == XV_MEMBER && is_field(l, a, SL_ENUM, &slot))
		return emit(l, (struct xnode){ .op = X_FIELD_IS, .cmp = (uint8_t)op, .slot = slot, .idx = x[b].idx });
	return emit(l, (struct xnode){ .op = X_CMP, .cmp = (uint8_t)op, .a = a, .b = b });
}

/* The table of a literal list of numbers (rtype R_NUM) or texts. */
static const struct xlist *in_list(struct lower *l, enum rtype t, const struct node *s)
{
	int n = s->items.n;
	if (t == R_NUM) {
		double *v = arena_alloc(l->a, sizeof *v * (size_t)(n + 1));
		for (int i = 0; i < n; i++)
			v[i] = ((const struct node *)s->items.items[i])->num;
		return xlist_numbers(l->a, v, n);
	}
	struct xtext *v = arena_alloc(l->a, sizeof *v * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		v[i].s = ((const struct node *)s->items.items[i])->str;
		v[i].len = strlen(v[i].s);
	}
	return xlist_texts(l->a, v, n);
}

static int lower_in(struct lower *l, const struct node *n)
{
	const struct node *s = n->b;
	if (s->kind == S_PATH)
		return emit(l, (struct xnode){ .op = X_HAS, .slot = s->field->slot, .mask = 1ull << n->a->member });
	int a = lower_value(l, n->a), slot;
	if (s->kind == S_RANGE)
		return is_number_field(l, a, &slot)
		       ? emit(l, (struct xnode){ .op = X_FIELD_RANGE, .slot = slot, .lo = s->a->num, .hi = s->b->num })
		       : emit(l, (struct xnode){ .op = X_RANGE, .a = a, .lo = s->a->num, .hi = s->b->num });
	if (n->a->rtype == R_ENUM) {
		uint64_t mask = 0;
		for (int i = 0; i < s->items.n; i++)
			mask |= 1ull << ((const struct node *)s->items.items[i])->member;
		return is_field(l, a, SL_ENUM, &slot) ? emit(l, (struct xnode){ .op = X_FIELD_IN, .slot = slot, .mask = mask })
		                                      : emit(l, (struct xnode){ .op = X_ENUM_IN, .a = a, .mask = mask });
	}
	/* Numbers and text: one lookup in a sorted table, however long the
	 * list (a chain of '==' would nest once per item). */
	return emit(l, (struct xnode){ .op = X_IN_LIST, .a = a, .list = in_list(l, n->a->rtype, s) });
}

static int lower_cond(struct lower *l, const struct node *n)
{
	int r;
	switch (n->kind) {
	case N_OR: return op2(l, X_OR, lower_cond(l, n->a), lower_cond(l, n->b));
	case N_AND: return op2(l, X_AND, lower_cond(l, n->a), lower_cond(l, n->b));
	case N_NOT: return op1(l, X_NOT, lower_cond(l, n->a));
	case N_TRUE: return emit(l, (struct xnode){ .op = X_TRUE });
	case N_FALSE: return emit(l, (struct xnode){ .op = X_FALSE });
	case N_NAME:
		if (n->check)
			return emit(l, (struct xnode){ .op = X_CHECK, .idx = n->check->index });
		return emit(l, (struct xnode){ .op = X_BOOLFIELD, .slot = n->field->slot });
	case N_CMP: {
		int a = lower_value(l, n->a), b = lower_value(l, n->b);
		return lower_cmp(l, n->cmp, a, b);
	}
	case N_IN:
		r = lower_in(l, n);
		return n->negate ? op1(l, X_NOT, r) : r;
	case N_MISSING: case N_KNOWN:
		r = emit(l, (struct xnode){ .op = X_MISSING, .slot = n->field->slot });
		return (n->kind == N_KNOWN) != n->negate ? op1(l, X_NOT, r) : r;
	case N_EMPTY:
		r = emit(l, (struct xnode){ .op = X_EMPTY, .slot = n->field->slot });
		return n->negate ? op1(l, X_NOT, r) : r;
	case V_PATH: case V_NUM: case V_STR: case V_COUNT: case V_ARITH: case S_LIST: case S_RANGE: case S_PATH:
		break; /* values and sets: the type checker lets none through as a condition */
	}
	abort();
}

/* The fields cond reads, through checks too, for explain, as a list in
 * slot order, which is the order the fields are declared in.  (Which
 * of them made an unknown is decided per record: eval.c, why_unknown.) */
static const int *slots_read(struct lower *l, const struct node *cond, int *n)
{
	return reads_of(l->reads, cond, n);
}

static void lower_check(struct lower *l, const struct check *c, struct pcheck *pc)
{
	pc->name = c->name;
	pc->question = c->question;
	pc->text = print_expr(l->a, c->cond);
	pc->reads = slots_read(l, c->cond, &pc->nreads);
	pc->line = c->span.first_line;
	pc->column = c->span.first_column;
}

/* ---- steps -------------------------------------------------------- */

/* Does condition x compute, through checks too?  A division by zero or
 * a result too large for a number (runtime/eval.c, arith) leaves it
 * unknown with no field missing.  memo keeps the answer for each check
 * (0: not asked yet, 1: no, 2: yes), so that a check named twice is not
 * asked twice, nor the checks under it. */
static bool divides(const struct plinth_protocol *p, int x, signed char *memo)
{
	const struct xnode *n = &p->x[x];
	switch ((enum xop)n->op) {
	case X_AND: case X_OR: case X_CMP:
		return divides(p, n->a, memo) || divides(p, n->b, memo);
	case XV_ARITH:
		return true;
	case X_NOT: case X_ENUM_IN: case X_RANGE: case X_IN_LIST:
		return divides(p, n->a, memo);
	case X_CHECK: case XV_CHECK:
		if (!memo[n->idx])
			memo[n->idx] = divides(p, p->check_root[n->idx], memo) ? 2 : 1;
		return memo[n->idx] == 2;
	case X_TRUE: case X_FALSE: case X_BOOLFIELD: case X_HAS: case X_MISSING: case X_EMPTY:
	case X_FIELD_CMP: case X_FIELD_IS: case X_FIELD_IN: case X_FIELD_RANGE:
	case XV_NUM: case XV_STR: case XV_MEMBER: case XV_BOOL: case XV_FIELD: case XV_COUNT:
		return false; /* constants and fields as they are */
	}
	return false;
}

static void lower_clause(struct lower *l, const struct clause *c, struct pclause *pc)
{
	pc->kind = clause_condition_kind(c->kind);
	pc->cond = lower_cond(l, c->cond);
	pc->text = print_expr(l->a, c->cond);
	pc->source = arena_printf(l->a, "%s %s", clause_keywords(c->kind), pc->text);
	pc->message = c->text ? c->text : pc->source;
	pc->line = c->loc.first_line;
	pc->column = c->loc.first_column;
	const char **cites = arena_alloc(l->a, sizeof *cites * (size_t)(c->names.n + 1));
	for (int i = 0; i < c->names.n; i++)
		cites[pc->ncites++] = ((const struct name_ref *)c->names.items[i])->name;
	pc->cites = cites;
	pc->reads = slots_read(l, c->cond, &pc->nreads);
	/* Unknown with one field read and no arithmetic: that field is missing,
	 * and the reason's text is fixed. */
	if (pc->nreads == 1 && !divides(l->prog, pc->cond, reads_check_memo(l->reads))) {
		pc->missing_fields = &l->prog->slots[pc->reads[0]].path;
		pc->missing_message = arena_printf(l->a, "%s missing (%s)", *pc->missing_fields, pc->source);
	}
}

static void lower_clauses(struct lower *l, const struct vec *clauses, struct pstep *ps,
                          struct vec *tech, struct vec *notes)
{
	for (int i = 0; i < clauses->n; i++) {
		const struct clause *c = clauses->items[i];
		switch (c->kind) {
		case CL_ONLY_IF: case CL_REQUIRES: case CL_CONTRAINDICATED_IF: case CL_CAUTION_IF:
			lower_clause(l, c, &ps->clauses[ps->nclauses++]);
			break;
		case CL_TECHNIQUE: vec_push(l->a, tech, (void *)c->text); break;
		case CL_NOTE: vec_push(l->a, notes, (void *)c->text); break;
		case CL_AFTER: break; /* lower_step: the plan positions of its targets */
		}
	}
}

static int by_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void lower_step(struct lower *l, const struct step *s, struct pstep *ps)
{
	ps->name = s->name;
	ps->title = s->title;
	ps->stage = s->stage->name;
	int n = s->clauses.n + s->stage->clauses.n;
	ps->clauses = arena_alloc(l->a, sizeof *ps->clauses * (size_t)(n + 1));
	struct vec tech = { 0 }, notes = { 0 };
	lower_clauses(l, &s->stage->clauses, ps, &tech, &notes);
	lower_clauses(l, &s->clauses, ps, &tech, &notes);
	ps->techniques = (const char *const *)tech.items;
	ps->ntechniques = tech.n;
	ps->notes = (const char *const *)notes.items;
	ps->nnotes = notes.n;
	struct vec targets = { 0 };
	after_targets(s, l->a, &targets);
	ps->after = arena_alloc(l->a, sizeof *ps->after * (size_t)(targets.n + 1));
	for (int i = 0; i < targets.n; i++)
		ps->after[ps->nafter++] = ((const struct step *)targets.items[i])->order;
	qsort(ps->after, (size_t)ps->nafter, sizeof *ps->after, by_int);
	/* The message a blocked target gives is fixed: write it once here,
	 * not for every record. */
	ps->after_message = arena_alloc(l->a, sizeof *ps->after_message * (size_t)(ps->nafter + 1));
	for (int i = 0; i < ps->nafter; i++)
		for (int j = 0; j < targets.n; j++) {
			const struct step *t = targets.items[j];
			if (t->order == ps->after[i])
				ps->after_message[i] = arena_printf(l->a, "after %s, which is blocked", t->name);
		}
}

void lower_protocol(struct plinth_protocol *prog, const struct protocol_ast *p,
                    struct check **check_order, struct step **plan)
{
	struct lower l = { prog, &prog->arena, 0, reads_new(&prog->arena, p, check_order, p->fields.n) };
	lower_slots(&l, p);
	lower_trie(&l, p);
	prog->nchecks = p->checks.n;
	prog->check_root = arena_alloc(l.a, sizeof(int) * (size_t)(p->checks.n + 1));
	prog->check_order = arena_alloc(l.a, sizeof(int) * (size_t)(p->checks.n + 1));
	prog->checks = arena_alloc(l.a, sizeof *prog->checks * (size_t)(p->checks.n + 1));
	for (int i = 0; i < p->checks.n; i++)
		lower_check(&l, p->checks.items[i], &prog->checks[i]);
	for (int i = 0; i < p->checks.n; i++) {
		prog->check_order[i] = check_order[i]->index;
		prog->check_root[check_order[i]->index] = lower_cond(&l, check_order[i]->cond);
	}
	for (int i = 0; i < p->stages.n; i++)
		prog->nsteps += ((const struct stage *)p->stages.items[i])->steps.n;
	prog->steps = arena_alloc(l.a, sizeof *prog->steps * (size_t)(prog->nsteps + 1));
	for (int i = 0; i < prog->nsteps; i++) {
		lower_step(&l, plan[i], &prog->steps[i]);
		if (prog->steps[i].nclauses > prog->max_clauses)
			prog->max_clauses = prog->steps[i].nclauses;
	}
	prog->step_names = arena_alloc(l.a, sizeof *prog->step_names * (size_t)(prog->nsteps + 1));
	for (int i = 0; i < prog->nsteps; i++)
		prog->step_names[i] = prog->steps[i].name;
	names_build(&prog->steps_by_name, l.a, prog->step_names, prog->nsteps);
	reads_free(l.reads);
}

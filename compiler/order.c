#include "order.h"

#include <string.h>

/* ---- checks ------------------------------------------------------- */

static void checks_used(struct node *n, struct arena *a, struct vec *out)
{
	if (!n)
		return;
	if (n->check)
		vec_push(a, out, n->check);
	checks_used(n->a, a, out);
	checks_used(n->b, a, out);
	for (int i = 0; i < n->items.n; i++)
		checks_used(n->items.items[i], a, out);
}

enum { WHITE, GREY, BLACK };

struct check_walk {
	struct arena *a;
	plinth_diagnostics *d;
	struct check **order;
	int n;
	struct check **stack;
	int depth;
};

static void cycle_message(struct check_walk *w, struct check *c)
{
	int from = w->depth - 1;
	while (from > 0 && w->stack[from] != c)
		from--;
	const char *text = "";
	for (int i = from; i < w->depth; i++)
		text = arena_printf(w->a, "%s%s -> ", text, w->stack[i]->name);
	diag_error(w->d, c->loc, DIAG_CYCLE, "check cycle: %s%s", text, c->name);
}

static void visit_check(struct check_walk *w, struct check *c)
{
	if (c->visit == BLACK)
		return;
	if (c->visit == GREY) {
		cycle_message(w, c);
		return;
	}
	c->visit = GREY;
	w->stack[w->depth++] = c;
	struct vec deps = { 0 };
	checks_used(c->cond, w->a, &deps);
	for (int i = 0; i < deps.n; i++)
		visit_check(w, deps.items[i]);
	w->depth--;
	c->visit = BLACK;
	w->order[w->n++] = c;
}

void order_checks(struct protocol_ast *p, struct arena *a, plinth_diagnostics *d, struct check **check_order)
{
	struct check_walk w = { a, d, check_order, 0, NULL, 0 };
	w.stack = arena_alloc(a, sizeof *w.stack * (size_t)(p->checks.n + 1));
	for (int i = 0; i < p->checks.n; i++)
		visit_check(&w, p->checks.items[i]);
}

/* ---- steps -------------------------------------------------------- */

/* Each listing of targets marks the steps it holds with a number of its
 * own, so a repeat is found in one test, not by a scan of the list. */
static _Thread_local unsigned listing;

static void push_unique(struct arena *a, struct vec *out, struct step *s)
{
	if (s->mark == listing)
		return;
	s->mark = listing;
	vec_push(a, out, s);
}

/* A stage's own steps named by a stage-level 'after', or a step naming
 * its own stage, are reported by check_direction and left out here. */
static void targets_of(const struct step *s, const struct vec *clauses, bool on_stage,
                       struct arena *a, struct vec *out)
{
	for (int i = 0; i < clauses->n; i++) {
		const struct clause *c = clauses->items[i];
		if (c->kind != CL_AFTER)
			continue;
		for (int j = 0; j < c->names.n; j++) {
			const struct name_ref *nr = c->names.items[j];
			if (!nr->target)
				continue;
			if (!nr->is_stage) {
				struct step *t = nr->target;
				if (!(on_stage && t->stage == s->stage))
					push_unique(a, out, t);
				continue;
			}
			const struct stage *g = nr->target;
			for (int k = 0; g != s->stage && k < g->steps.n; k++)
				push_unique(a, out, g->steps.items[k]);
		}
	}
}

void after_targets(const struct step *s, struct arena *a, struct vec *out)
{
	if (!++listing) /* wrapped: no step may keep a mark that matches */
		listing = 1;
	for (int i = 0; i < out->n; i++) /* already there: not to be repeated */
		((struct step *)out->items[i])->mark = listing;
	targets_of(s, &s->stage->clauses, true, a, out);
	targets_of(s, &s->clauses, false, a, out);
}

/* 'after' may point back to an earlier stage or within its own, never
 * forward: the plan is stages in order. */
static void check_direction(const struct stage *g, const struct vec *clauses, bool on_stage, plinth_diagnostics *d)
{
	for (int i = 0; i < clauses->n; i++) {
		const struct clause *c = clauses->items[i];
		for (int j = 0; c->kind == CL_AFTER && j < c->names.n; j++) {
			const struct name_ref *nr = c->names.items[j];
			if (!nr->target)
				continue;
			const struct stage *tg = nr->is_stage ? nr->target : ((const struct step *)nr->target)->stage;
			if (tg->index > g->index && nr->is_stage)
				diag_error(d, nr->loc, DIAG_AFTER_ORDER,
				           "stage '%s' comes later; a step can only come after steps of its own or an earlier stage",
				           nr->name);
			else if (tg->index > g->index)
				diag_error(d, nr->loc, DIAG_AFTER_ORDER,
				           "'%s' is in the later stage '%s'; a step can only come after steps of its own or an earlier stage",
				           nr->name, tg->name);
			else if (on_stage && tg == g && nr->is_stage)
				diag_error(d, nr->loc, DIAG_CYCLE, "stage '%s' cannot come after itself", g->name);
			else if (on_stage && tg == g)
				diag_error(d, nr->loc, DIAG_CYCLE, "stage '%s' cannot come after its own step '%s'",
				           g->name, nr->name);
			else if (!on_stage && nr->is_stage && tg == g)
				diag_error(d, nr->loc, DIAG_CYCLE, "a step cannot come after its own stage '%s'",
				           g->name);
		}
	}
}

struct step_walk {
	struct arena *a;
	plinth_diagnostics *d;
	struct step **stack;
	int depth;
	bool reported;
};

static void step_cycle(struct step_walk *w, struct step *s)
{
	int from = w->depth - 1;
	while (from > 0 && w->stack[from] != s)
		from--;
	/* The stack runs from a step to what it comes after; print it the
	 * other way round, as the order the author wrote. */
	const char *text = s->name;
	for (int i = w->depth - 1; i >= from; i--)
		text = arena_printf(w->a, "%s -> %s", text, w->stack[i]->name);
	if (!w->reported)
		diag_error(w->d, s->loc, DIAG_CYCLE, "'after' cycle: %s", text);
	w->reported = true;
}

/* Depth-first over same-stage 'after' edges, to name a cycle. */
static void find_cycles(struct step_walk *w, struct step *s)
{
	if (s->visit == BLACK)
		return;
	if (s->visit == GREY) {
		step_cycle(w, s);
		return;
	}
	s->visit = GREY;
	w->stack[w->depth++] = s;
	struct vec targets = { 0 };
	after_targets(s, w->a, &targets);
	for (int i = 0; i < targets.n; i++) {
		struct step *t = targets.items[i];
		if (t->stage == s->stage)
			find_cycles(w, t);
	}
	w->depth--;
	s->visit = BLACK;
}

/* A heap of step positions in a stage, least on top: the first
 * written of the steps that are ready. */
struct ready {
	int *at;
	int n;
};

static void ready_push(struct ready *h, int j)
{
	int i = h->n++;
	for (; i && h->at[(i - 1) / 2] > j; i = (i - 1) / 2)
		h->at[i] = h->at[(i - 1) / 2];
	h->at[i] = j;
}

static int ready_pop(struct ready *h)
{
	int top = h->at[0], last = h->at[--h->n], i = 0;
	for (int c; (c = 2 * i + 1) < h->n; i = c) {
		if (c + 1 < h->n && h->at[c + 1] < h->at[c])
			c++;
		if (last <= h->at[c])
			break;
		h->at[i] = h->at[c];
	}
	h->at[i] = last;
	return top;
}

/* Of the steps whose 'after' steps are placed, place the first written;
 * repeat.  This is the one order that respects 'after' and otherwise
 * keeps the written order as far as it can.  Each step counts the steps
 * of its stage it still waits for, and joins the heap when none is
 * left: time in the steps and 'after' edges, times the log of the steps. */
static void order_stage(struct stage *g, struct arena *a, struct step **plan, int *n)
{
	int ns = g->steps.n, base = ns ? ((struct step *)g->steps.items[0])->index : 0;
	int *waits = arena_alloc(a, sizeof *waits * (size_t)(ns + 1));
	int *first = arena_alloc(a, sizeof *first * (size_t)(ns + 2)); /* CSR: who waits for step j */
	struct vec *targets = arena_alloc(a, sizeof *targets * (size_t)(ns + 1));
	for (int j = 0; j < ns; j++) {
		struct step *s = g->steps.items[j];
		s->order = -1;
		after_targets(s, a, &targets[j]);
		for (int k = 0; k < targets[j].n; k++) {
			const struct step *t = targets[j].items[k];
			if (t->stage == g) {
				waits[j]++;
				first[t->index - base + 1]++;
			}
		}
	}
	for (int j = 0; j < ns; j++)
		first[j + 1] += first[j];
	int *fill = arena_alloc(a, sizeof *fill * (size_t)(ns + 1));
	int *waiter = arena_alloc(a, sizeof *waiter * (size_t)(first[ns] + 1));
	memcpy(fill, first, sizeof *fill * (size_t)ns);
	for (int j = 0; j < ns; j++)
		for (int k = 0; k < targets[j].n; k++) {
			const struct step *t = targets[j].items[k];
			if (t->stage == g)
				waiter[fill[t->index - base]++] = j;
		}
	struct ready h = { arena_alloc(a, sizeof *h.at * (size_t)(ns + 1)), 0 };
	for (int j = 0; j < ns; j++)
		if (!waits[j])
			ready_push(&h, j);
	for (int placed = 0, unplaced = 0; placed < ns; placed++) {
		int j = -1;
		while (h.n && j < 0) {
			j = ready_pop(&h);
			if (((struct step *)g->steps.items[j])->order >= 0)
				j = -1; /* placed already, as part of a cycle */
		}
		if (j < 0) { /* a cycle, reported: the first written not placed */
			while (((struct step *)g->steps.items[unplaced])->order >= 0)
				unplaced++;
			j = unplaced;
		}
		struct step *next = g->steps.items[j];
		next->order = *n;
		plan[(*n)++] = next;
		for (int k = first[j]; k < first[j + 1]; k++)
			if (!--waits[waiter[k]])
				ready_push(&h, waiter[k]);
	}
}

void order_steps(struct protocol_ast *p, struct arena *a, plinth_diagnostics *d, struct step **plan)
{
	int total = 0;
	for (int i = 0; i < p->stages.n; i++)
		total += ((struct stage *)p->stages.items[i])->steps.n;
	struct step_walk w = { a, d, arena_alloc(a, sizeof(struct step *) * (size_t)(total + 1)), 0, false };
	int n = 0;
	for (int i = 0; i < p->stages.n; i++) {
		struct stage *g = p->stages.items[i];
		check_direction(g, &g->clauses, true, d);
		for (int j = 0; j < g->steps.n; j++)
			check_direction(g, &((struct step *)g->steps.items[j])->clauses, false, d);
		for (int j = 0; j < g->steps.n; j++) {
			w.reported = false;
			find_cycles(&w, g->steps.items[j]);
		}
		order_stage(g, a, plan, &n);
	}
}

#include "ast.h"

#include <string.h>

struct path *ast_path(struct arena *a, const char *seg, struct loc loc)
{
	struct path *p = arena_alloc(a, sizeof *p);
	p->segs = arena_alloc(a, sizeof *p->segs);
	p->segs[0] = seg;
	p->nseg = 1;
	p->text = seg;
	p->loc = loc;
	return p;
}

struct path *ast_path_add(struct arena *a, struct path *p, const char *seg, struct loc loc)
{
	const char **segs = arena_alloc(a, sizeof *segs * (size_t)(p->nseg + 1));
	memcpy(segs, p->segs, sizeof *segs * (size_t)p->nseg);
	segs[p->nseg++] = seg;
	p->segs = segs;
	p->text = arena_printf(a, "%s.%s", p->text, seg);
	p->loc.last_line = loc.last_line;
	p->loc.last_column = loc.last_column;
	return p;
}

struct member_list *ast_members(struct arena *a, struct member_list *m, const char *name, struct loc loc)
{
	if (!m) {
		m = arena_alloc(a, sizeof *m);
		m->loc = loc;
	}
	struct loc *l = arena_alloc(a, sizeof *l);
	*l = loc;
	vec_push(a, &m->names, (void *)name);
	vec_push(a, &m->locs, l);
	m->loc.last_line = loc.last_line;
	m->loc.last_column = loc.last_column;
	return m;
}

struct type ast_type(enum type_kind kind, struct member_list *members)
{
	struct type t = { .kind = kind, .members = members };
	return t;
}

struct type ast_type_range(enum type_kind kind, double lo, double hi, struct loc range_loc)
{
	struct type t = { .kind = kind, .has_range = true, .lo = lo, .hi = hi, .range_loc = range_loc };
	return t;
}

struct field *ast_field(struct arena *a, struct path *p, struct type t, int mods, struct loc span)
{
	struct field *f = arena_alloc(a, sizeof *f);
	f->path = p;
	f->type = t;
	f->mods = mods;
	f->loc = p->loc;
	f->span = span;
	f->slot = -1;
	return f;
}

struct node *ast_leaf(struct arena *a, enum node_kind k, struct loc loc)
{
	struct node *n = arena_alloc(a, sizeof *n);
	n->kind = k;
	n->loc = loc;
	return n;
}

struct node *ast_binary(struct arena *a, enum node_kind k, struct node *l, struct node *r, struct loc loc)
{
	struct node *n = ast_leaf(a, k, loc);
	n->a = l;
	n->b = r;
	int dl = l ? l->depth : 0, dr = r ? r->depth : 0;
	n->depth = 1 + (dl > dr ? dl : dr);
	return n;
}

struct node *ast_cmp(struct arena *a, enum cmp op, struct node *l, struct node *r, struct loc loc)
{
	struct node *n = ast_binary(a, N_CMP, l, r, loc);
	n->cmp = op;
	return n;
}

struct node *ast_arith(struct arena *a, enum arith op, struct node *l, struct node *r, struct loc loc)
{
	struct node *n = ast_binary(a, V_ARITH, l, r, loc);
	n->arith = op;
	return n;
}

struct node *ast_unary(struct arena *a, enum node_kind k, struct node *x, struct loc loc)
{
	return ast_binary(a, k, x, NULL, loc);
}

struct node *ast_pathnode(struct arena *a, enum node_kind k, struct path *p, bool negate, struct loc loc)
{
	struct node *n = ast_leaf(a, k, loc);
	n->path = p;
	n->negate = negate;
	return n;
}

struct node *ast_num(struct arena *a, double v, struct loc loc)
{
	struct node *n = ast_leaf(a, V_NUM, loc);
	n->num = v;
	return n;
}

struct node *ast_str(struct arena *a, const char *s, struct loc loc)
{
	struct node *n = ast_leaf(a, V_STR, loc);
	n->str = s;
	return n;
}

struct node *ast_in(struct arena *a, struct node *v, struct node *set, bool negate, struct loc loc)
{
	struct node *n = ast_binary(a, N_IN, v, set, loc);
	n->negate = negate;
	return n;
}

struct node *ast_list(struct arena *a, struct node *list, struct node *item, struct loc loc)
{
	if (!list)
		list = ast_leaf(a, S_LIST, loc);
	vec_push(a, &list->items, item);
	return list;
}

struct node *ast_range(struct arena *a, double lo, double hi, struct loc loc)
{
	struct node *n = ast_leaf(a, S_RANGE, loc);
	n->a = ast_num(a, lo, loc);
	n->b = ast_num(a, hi, loc);
	return n;
}

struct check *ast_check(struct arena *a, const char *name, const char *q, struct node *c, struct loc loc,
                        struct loc span)
{
	struct check *k = arena_alloc(a, sizeof *k);
	k->span = span;
	k->name = name;
	k->question = q;
	k->cond = c;
	k->loc = loc;
	return k;
}

struct reference *ast_reference(struct arena *a, const char *name, const char *text, struct loc loc,
                                struct loc span)
{
	struct reference *r = arena_alloc(a, sizeof *r);
	r->span = span;
	r->name = name;
	r->text = text;
	r->loc = loc;
	return r;
}

const char *clause_keywords(enum clause_kind k)
{
#define CLAUSE_KEYWORDS(name, keywords) keywords,
	static const char *const words[] = { CLAUSE_KINDS(CLAUSE_KEYWORDS) };
#undef CLAUSE_KEYWORDS
	return words[k];
}

/* The condition clauses are the first rows of CLAUSE_KINDS. */
bool clause_has_condition(enum clause_kind k)
{
	return k < 0 PLINTH_CLAUSE_KINDS(PLINTH_PLUS_ONE);
}

struct clause *ast_clause(struct arena *a, enum clause_kind k, struct node *c, const char *text, struct loc span)
{
	struct clause *cl = arena_alloc(a, sizeof *cl);
	cl->kind = k;
	return ast_clause_span(cl, c, text, span);
}

struct clause *ast_clause_span(struct clause *c, struct node *cond, const char *text, struct loc span)
{
	if (cond)
		c->cond = cond;
	if (text)
		c->text = text;
	c->span = span;
	c->loc = span;
	c->loc.last_line = span.first_line;
	c->loc.last_column = span.first_column;
	return c;
}

struct clause *ast_clause_names(struct arena *a, struct clause *c, const char *name, struct loc loc)
{
	struct name_ref *r = arena_alloc(a, sizeof *r);
	r->name = name;
	r->loc = loc;
	vec_push(a, &c->names, r);
	return c;
}

struct step *ast_step(struct arena *a, const char *name, const char *title, struct vec *clauses, bool braces,
                      struct loc loc, struct loc span)
{
	struct step *s = arena_alloc(a, sizeof *s);
	s->name = name;
	s->title = title;
	s->loc = loc;
	s->span = span;
	s->braces = braces;
	if (clauses)
		s->clauses = *clauses;
	return s;
}

struct stage *ast_stage(struct arena *a, const char *name, const char *title, struct vec *body, struct loc loc,
                        struct loc span)
{
	struct stage *g = arena_alloc(a, sizeof *g);
	g->name = name;
	g->title = title;
	g->loc = loc;
	g->span = span;
	for (int i = 0; body && i < body->n; i++) {
		struct body_item *it = body->items[i];
		if (it->clause)
			vec_push(a, &g->clauses, it->clause);
		if (it->step) {
			it->step->stage = g;
			vec_push(a, &g->steps, it->step);
		}
	}
	return g;
}

struct vec *ast_body(struct arena *a, struct vec *v, struct clause *c, struct step *s)
{
	struct body_item *it = arena_alloc(a, sizeof *it);
	it->clause = c;
	it->step = s;
	return ast_append(a, v, it);
}

struct vec *ast_append(struct arena *a, struct vec *v, void *item)
{
	if (!v)
		v = arena_alloc(a, sizeof *v);
	if (item)
		vec_push(a, v, item);
	return v;
}

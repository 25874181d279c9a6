#include "resolve.h"

#include <math.h>
#include <string.h>

#include "print.h"
#include "../base/suggest.h"
#include "symtab.h"

enum { MAX_MEMBERS = 64 };

struct rctx {
	struct protocol_ast *p;
	struct arena *a;
	plinth_diagnostics *d;
	/* every declaration by name, so that a lookup is not a scan */
	struct symtab fields, checks, steps, stages, refs;
};

/* ---- lookups ------------------------------------------------------ */

/* Paths are equal segment by segment: `a.b` (one YAML key with a dot)
 * and a.b (key b inside a) are different fields. */
static bool same_path(const struct path *a, const struct path *b)
{
	if (a->nseg != b->nseg)
		return false;
	for (int i = 0; i < a->nseg; i++)
		if (strcmp(a->segs[i], b->segs[i]))
			return false;
	return true;
}

struct field *find_field(const struct protocol_ast *p, const struct path *path)
{
	for (int i = 0; i < p->fields.n; i++) {
		struct field *f = p->fields.items[i];
		if (same_path(f->path, path))
			return f;
	}
	return NULL;
}

struct check *find_check(const struct protocol_ast *p, const char *name)
{
	for (int i = 0; i < p->checks.n; i++) {
		struct check *c = p->checks.items[i];
		if (!strcmp(c->name, name))
			return c;
	}
	return NULL;
}

struct step *find_step(const struct protocol_ast *p, const char *name)
{
	for (int i = 0; i < p->stages.n; i++) {
		struct stage *g = p->stages.items[i];
		for (int j = 0; j < g->steps.n; j++) {
			struct step *s = g->steps.items[j];
			if (!strcmp(s->name, name))
				return s;
		}
	}
	return NULL;
}

struct stage *find_stage(const struct protocol_ast *p, const char *name)
{
	for (int i = 0; i < p->stages.n; i++) {
		struct stage *g = p->stages.items[i];
		if (!strcmp(g->name, name))
			return g;
	}
	return NULL;
}

static int find_member(const struct type *t, const char *name)
{
	for (int i = 0; t->members && i < t->members->names.n; i++)
		if (!strcmp(t->members->names.items[i], name))
			return i;
	return -1;
}

/* The same lookups through the tables of rctx: the first declared of a
 * name, as the scans above find. */

static unsigned path_hash(const struct path *p)
{
	unsigned h = 2166136261u;
	for (int i = 0; i < p->nseg; i++)
		h = symtab_hash_more(h, p->segs[i]);
	return h;
}

static bool field_is(const void *item, const void *key)
{
	return same_path(((const struct field *)item)->path, key);
}

static bool check_is(const void *item, const void *key)
{
	return !strcmp(((const struct check *)item)->name, key);
}

static bool step_is(const void *item, const void *key)
{
	return !strcmp(((const struct step *)item)->name, key);
}

static bool stage_is(const void *item, const void *key)
{
	return !strcmp(((const struct stage *)item)->name, key);
}

static bool ref_is(const void *item, const void *key)
{
	return !strcmp(((const struct reference *)item)->name, key);
}

static struct field *field_named(const struct rctx *r, const struct path *path)
{
	return symtab_find(&r->fields, path_hash(path), field_is, path);
}

static struct check *check_named(const struct rctx *r, const char *name)
{
	return symtab_find(&r->checks, symtab_hash(name), check_is, name);
}

static void build_tables(struct rctx *r)
{
	struct protocol_ast *p = r->p;
	int nsteps = 0;
	for (int i = 0; i < p->stages.n; i++)
		nsteps += ((struct stage *)p->stages.items[i])->steps.n;
	symtab_init(&r->fields, r->a, p->fields.n);
	symtab_init(&r->checks, r->a, p->checks.n);
	symtab_init(&r->steps, r->a, nsteps);
	symtab_init(&r->stages, r->a, p->stages.n);
	symtab_init(&r->refs, r->a, p->refs.n);
	for (int i = 0; i < p->fields.n; i++)
		symtab_add(&r->fields, path_hash(((struct field *)p->fields.items[i])->path), p->fields.items[i]);
	for (int i = 0; i < p->checks.n; i++)
		symtab_add(&r->checks, symtab_hash(((struct check *)p->checks.items[i])->name), p->checks.items[i]);
	for (int i = 0; i < p->refs.n; i++)
		symtab_add(&r->refs, symtab_hash(((struct reference *)p->refs.items[i])->name), p->refs.items[i]);
	for (int i = 0; i < p->stages.n; i++) {
		struct stage *g = p->stages.items[i];
		symtab_add(&r->stages, symtab_hash(g->name), g);
		for (int j = 0; j < g->steps.n; j++)
			symtab_add(&r->steps, symtab_hash(((struct step *)g->steps.items[j])->name), g->steps.items[j]);
	}
}

/* ---- candidate lists for "did you mean" --------------------------- */

static const char **field_names(struct rctx *r, int *n, bool with_checks)
{
	int cap = r->p->fields.n + (with_checks ? r->p->checks.n : 0);
	const char **v = arena_alloc(r->a, sizeof *v * (size_t)(cap + 1));
	*n = 0;
	if (with_checks)
		for (int i = 0; i < r->p->checks.n; i++)
			v[(*n)++] = ((struct check *)r->p->checks.items[i])->name;
	for (int i = 0; i < r->p->fields.n; i++)
		v[(*n)++] = ((struct field *)r->p->fields.items[i])->path->text;
	return v;
}

static const char **step_names(struct rctx *r, int *n)
{
	int cap = r->p->stages.n;
	for (int i = 0; i < r->p->stages.n; i++)
		cap += ((struct stage *)r->p->stages.items[i])->steps.n;
	const char **v = arena_alloc(r->a, sizeof *v * (size_t)(cap + 1));
	*n = 0;
	for (int i = 0; i < r->p->stages.n; i++) {
		struct stage *g = r->p->stages.items[i];
		v[(*n)++] = g->name;
		for (int j = 0; j < g->steps.n; j++)
			v[(*n)++] = ((struct step *)g->steps.items[j])->name;
	}
	return v;
}

static const char *members_text(struct rctx *r, const struct type *t)
{
	const char *s = "";
	for (int i = 0; i < t->members->names.n; i++)
		s = arena_printf(r->a, "%s%s%s", s, i ? ", " : "", (const char *)t->members->names.items[i]);
	return s;
}

/* ---- declarations ------------------------------------------------- */

/* "an int field": how a field's type reads in a sentence. */
static const char *field_kind(enum type_kind k)
{
	static const char *const names[] = {
		[TY_BOOL] = "a bool field", [TY_INT] = "an int field", [TY_NUMBER] = "a number field",
		[TY_TEXT] = "a text field", [TY_ENUM] = "a one-of field", [TY_SET] = "a set field",
	};
	return names[k];
}

static const char *type_name(enum type_kind k)
{
	static const char *const names[] = {
		[TY_BOOL] = "bool", [TY_INT] = "int", [TY_NUMBER] = "number",
		[TY_TEXT] = "text", [TY_ENUM] = "one of", [TY_SET] = "set of",
	};
	return names[k];
}

static void check_type(struct rctx *r, struct field *f)
{
	struct type *t = &f->type;
	if (t->has_range) {
		if (t->lo > t->hi)
			diag_error(r->d, t->range_loc, DIAG_RANGE,
			           "empty range %g..%g: the low end is greater than the high end", t->lo, t->hi);
		if (t->kind == TY_INT && (t->lo != floor(t->lo) || t->hi != floor(t->hi)))
			diag_error(r->d, t->range_loc, DIAG_TYPE, "an int range needs whole numbers, not %g..%g",
			           t->lo, t->hi);
	}
	if (!t->members)
		return;
	struct member_list *m = t->members;
	for (int i = 0; i < m->names.n; i++)
		for (int j = 0; j < i; j++)
			if (!strcmp(m->names.items[i], m->names.items[j])) {
				diag_error(r->d, *(struct loc *)m->locs.items[i], DIAG_DUPLICATE_NAME,
				           "'%s' is listed twice", (const char *)m->names.items[i]);
				break;
			}
	if (m->names.n > MAX_MEMBERS)
		diag_error(r->d, *(struct loc *)m->locs.items[MAX_MEMBERS], DIAG_SET_SIZE,
		           "%d members; a '%s' type holds at most %d", m->names.n, type_name(t->kind), MAX_MEMBERS);
}

/* Is path a a proper prefix of path b, segment by segment? */
static bool path_inside(const struct path *a, const struct path *b)
{
	if (a->nseg >= b->nseg)
		return false;
	for (int i = 0; i < a->nseg; i++)
		if (strcmp(a->segs[i], b->segs[i]))
			return false;
	return true;
}

static void declare_fields(struct rctx *r)
{
	struct field *id = NULL;
	for (int i = 0; i < r->p->fields.n; i++) {
		struct field *f = r->p->fields.items[i];
		f->slot = i;
		check_type(r, f);
		if (!strcmp(f->path->segs[0], "done"))
			diag_error(r->d, f->path->loc, DIAG_RESERVED_NAME,
			           "'done' is reserved for the list of steps already completed");
		for (int j = 0; j < i; j++) {
			struct field *g = r->p->fields.items[j];
			if (same_path(f->path, g->path))
				diag_error(r->d, f->path->loc, DIAG_DUPLICATE_NAME,
				           "field '%s' is already declared at line %d", f->path->text, g->loc.first_line);
			else if (path_inside(g->path, f->path) || path_inside(f->path, g->path))
				diag_error(r->d, f->path->loc, DIAG_DUPLICATE_NAME,
				           "field '%s' overlaps field '%s' (line %d): a field cannot hold other fields",
				           f->path->text, g->path->text, g->loc.first_line);
		}
		if (f->mods & MOD_ID) {
			if (id)
				diag_error(r->d, f->path->loc, DIAG_ID,
				           "'%s' is marked id, but '%s' (line %d) already is; a record has one id",
				           f->path->text, id->path->text, id->loc.first_line);
			else if (f->type.kind == TY_SET)
				diag_error(r->d, f->path->loc, DIAG_ID, "a set field cannot be the id");
			else
				id = f;
		}
	}
}

struct decl {
	const char *name, *what;
	struct loc loc;
};

static bool decl_is(const void *item, const void *key)
{
	return !strcmp(((const struct decl *)item)->name, key);
}

/* Steps and stages share one namespace.  Walking them in written order
 * (a stage, then its steps), a name is a duplicate where it appears the
 * second time. */
static void declare_steps(struct rctx *r)
{
	int n = 0, index = 0;
	for (int i = 0; i < r->p->stages.n; i++)
		n += 1 + ((struct stage *)r->p->stages.items[i])->steps.n;
	struct decl *seen = arena_alloc(r->a, sizeof *seen * (size_t)(n + 1));
	n = 0;
	for (int i = 0; i < r->p->stages.n; i++) {
		struct stage *g = r->p->stages.items[i];
		g->index = i;
		seen[n++] = (struct decl){ g->name, "stage", g->loc };
		for (int j = 0; j < g->steps.n; j++) {
			struct step *s = g->steps.items[j];
			s->index = index++;
			seen[n++] = (struct decl){ s->name, "step", s->loc };
		}
	}
	struct symtab names;
	symtab_init(&names, r->a, n);
	for (int i = 0; i < n; i++)
		symtab_add(&names, symtab_hash(seen[i].name), &seen[i]);
	for (int i = 0; i < n; i++) {
		const struct decl *first = symtab_find(&names, symtab_hash(seen[i].name), decl_is, seen[i].name);
		if (first == &seen[i])
			continue;
		if (seen[i].what == first->what)
			diag_error(r->d, seen[i].loc, DIAG_DUPLICATE_NAME, "%s '%s' is already declared at line %d",
			           seen[i].what, seen[i].name, first->loc.first_line);
		else
			diag_error(r->d, seen[i].loc, DIAG_DUPLICATE_NAME,
			           "'%s' is already a %s (line %d); steps and stages share one namespace",
			           seen[i].name, first->what, first->loc.first_line);
	}
}

static void declare_names(struct rctx *r)
{
	for (int i = 0; i < r->p->refs.n; i++) {
		struct reference *x = r->p->refs.items[i];
		struct reference *y = symtab_find(&r->refs, symtab_hash(x->name), ref_is, x->name);
		if (y != x)
			diag_error(r->d, x->loc, DIAG_DUPLICATE_NAME, "reference '%s' is already declared at line %d",
			           x->name, y->loc.first_line);
	}
	for (int i = 0; i < r->p->checks.n; i++) {
		struct check *x = r->p->checks.items[i];
		x->index = i;
		struct check *y = check_named(r, x->name);
		if (y != x)
			diag_error(r->d, x->loc, DIAG_DUPLICATE_NAME, "check '%s' is already declared at line %d",
			           x->name, y->loc.first_line);
	}
	declare_steps(r);
}

/* ---- conditions and values ---------------------------------------- */

static const char *rtype_desc(enum rtype t)
{
	switch (t) {
	case R_NUM: return "a number";
	case R_TEXT: return "text";
	case R_ENUM: return "a one-of value";
	case R_SET: return "a set";
	case R_BOOL: return "true/false";
	case R_MEMBER: return "a member name";
	case R_COND: return "a condition";
	case R_NONE: return "?";
	}
	return "?";
}

static enum rtype field_rtype(const struct field *f)
{
	switch (f->type.kind) {
	case TY_BOOL: return R_BOOL;
	case TY_INT: case TY_NUMBER: return R_NUM;
	case TY_TEXT: return R_TEXT;
	case TY_ENUM: return R_ENUM;
	case TY_SET: return R_SET;
	}
	return R_NONE;
}

static bool is_bare(const struct node *n)
{
	return (n->kind == V_PATH && n->path->nseg == 1) || n->kind == V_STR;
}

static struct field *lookup_field(struct rctx *r, struct path *p)
{
	struct field *f = field_named(r, p);
	if (f)
		f->used = true;
	else {
		int n;
		const char **c = field_names(r, &n, false);
		diag_error(r->d, p->loc, DIAG_UNDEFINED_NAME, "no field '%s'%s", p->text,
		           did_you_mean(r->a, p->text, c, n));
	}
	return f;
}

static void not_member(struct rctx *r, struct node *n, const char *name, const struct type *t, const char *owner)
{
	diag_error(r->d, n->loc, DIAG_MEMBER, "'%s' is not a member of %s (%s)%s", name, owner,
	           members_text(r, t),
	           did_you_mean(r->a, name, (const char *const *)t->members->names.items, t->members->names.n));
}

/* Resolves n as a value.  With `members` (the type of an enum or set
 * operand beside it, described by `owner`), a bare name or a string is
 * taken as one of its members. */
static enum rtype value(struct rctx *r, struct node *n, struct type *members, const char *owner)
{
	switch (n->kind) {
	case V_NUM:
		return n->rtype = R_NUM;
	case V_STR:
		if (!members)
			return n->rtype = R_TEXT;
		n->member = find_member(members, n->str);
		if (n->member < 0) {
			not_member(r, n, n->str, members, owner);
			return n->rtype = R_NONE;
		}
		n->etype = members;
		return n->rtype = R_MEMBER;
	case N_TRUE: case N_FALSE:
		return n->rtype = R_BOOL;
	case V_PATH: {
		if (members && n->path->nseg == 1) {
			n->member = find_member(members, n->path->text);
			if (n->member >= 0) {
				n->etype = members;
				return n->rtype = R_MEMBER;
			}
			if (!field_named(r, n->path)) {
				not_member(r, n, n->path->text, members, owner);
				return n->rtype = R_NONE;
			}
		}
		if (n->path->nseg == 1 && (n->check = check_named(r, n->path->text))) {
			n->check->used = true;
			return n->rtype = R_BOOL;
		}
		struct field *f = lookup_field(r, n->path);
		if (!f)
			return n->rtype = R_NONE;
		n->field = f;
		n->etype = &f->type;
		return n->rtype = field_rtype(f);
	}
	case V_COUNT: {
		struct field *f = lookup_field(r, n->path);
		if (!f)
			return n->rtype = R_NONE;
		n->field = f;
		if (f->type.kind != TY_SET) {
			diag_error(r->d, n->path->loc, DIAG_TYPE, "count() needs a set field; '%s' is %s",
			           f->path->text, field_kind(f->type.kind));
			return n->rtype = R_NONE;
		}
		return n->rtype = R_NUM;
	}
	case V_ARITH: {
		enum rtype a = value(r, n->a, NULL, NULL), b = value(r, n->b, NULL, NULL);
		if (a == R_NONE || b == R_NONE)
			return n->rtype = R_NONE;
		if (a != R_NUM || b != R_NUM) {
			diag_error(r->d, n->loc, DIAG_TYPE, "arithmetic needs numbers, not %s",
			           rtype_desc(a != R_NUM ? a : b));
			return n->rtype = R_NONE;
		}
		return n->rtype = R_NUM;
	}
	case N_OR: case N_AND: case N_NOT: case N_NAME: case N_CMP: case N_IN: case N_MISSING: case N_KNOWN:
	case N_EMPTY: case S_LIST: case S_RANGE: case S_PATH:
		break;
	}
	diag_error(r->d, n->loc, DIAG_TYPE, "expected a value here, not a condition");
	return n->rtype = R_NONE;
}

static const char *owner_of(struct rctx *r, const struct node *n)
{
	return n->field ? arena_printf(r->a, "'%s'", n->field->path->text) : "the list";
}

static bool same_members(const struct type *a, const struct type *b)
{
	if (a->members->names.n != b->members->names.n)
		return false;
	for (int i = 0; i < a->members->names.n; i++)
		if (strcmp(a->members->names.items[i], b->members->names.items[i]))
			return false;
	return true;
}

static void compare(struct rctx *r, struct node *n)
{
	struct node *first = n->a, *second = n->b;
	if (is_bare(n->a) && (!is_bare(n->b) || !(n->a->kind == V_PATH && field_named(r, n->a->path)))) {
		first = n->b;
		second = n->a;
	}
	enum rtype t1 = value(r, first, NULL, NULL);
	struct type *ctx = t1 == R_ENUM ? first->etype : NULL;
	enum rtype t2 = value(r, second, ctx, ctx ? owner_of(r, first) : NULL);
	if (t1 == R_NONE || t2 == R_NONE)
		return;
	bool ordered = cmp_orders(n->cmp);
	if (t1 == R_SET || t2 == R_SET) {
		diag_error(r->d, n->loc, DIAG_TYPE,
		           "a set cannot be compared; test a member with 'in', or use 'is empty' or count()");
		return;
	}
	bool ok = t1 == t2 || (t1 == R_ENUM && t2 == R_MEMBER);
	if (ok && t1 == R_ENUM && t2 == R_ENUM && !same_members(first->etype, second->etype)) {
		diag_error(r->d, n->loc, DIAG_TYPE, "'%s' and '%s' have different members and cannot be compared",
		           first->field->path->text, second->field->path->text);
		return;
	}
	if (!ok) {
		bool swapped = first != n->a; /* name the sides as written */
		diag_error(r->d, n->loc, DIAG_TYPE, "cannot compare %s with %s", rtype_desc(swapped ? t2 : t1),
		           rtype_desc(swapped ? t1 : t2));
		return;
	}
	if (ordered && t1 != R_NUM) {
		diag_error(r->d, n->loc, DIAG_TYPE, "'%s' needs numbers; %s can only be compared with == or !=",
		           cmp_spelling(n->cmp),
		           t1 == R_ENUM ? "a one-of value (its members have no order)" : rtype_desc(t1));
		return;
	}
	n->rtype = R_COND;
}

/* An item of '{...}' beside a one-of value: a member and nothing else
 * (not a field, unlike the other side of '=='). */
static bool list_member(struct rctx *r, struct node *it, struct node *e)
{
	const char *name = it->kind == V_STR ? it->str
	                 : it->kind == V_PATH && it->path->nseg == 1 ? it->path->text : NULL;
	it->member = name ? find_member(e->etype, name) : -1;
	if (it->member >= 0) {
		it->etype = e->etype;
		it->rtype = R_MEMBER;
		return true;
	}
	if (name)
		not_member(r, it, name, e->etype, owner_of(r, e));
	else
		diag_error(r->d, it->loc, DIAG_MEMBER, "%s is not a member of %s (%s)",
		           it->kind == V_NUM ? print_number(r->a, it->num) : "this", owner_of(r, e),
		           members_text(r, e->etype));
	return false;
}

static void in_list(struct rctx *r, struct node *n, enum rtype t)
{
	struct node *list = n->b;
	if (t == R_SET || t == R_BOOL) {
		diag_error(r->d, n->a->loc, DIAG_TYPE, "'in {...}' needs a number, text or one-of value, not %s",
		           rtype_desc(t));
		return;
	}
	bool ok = true;
	for (int i = 0; i < list->items.n; i++) {
		struct node *it = list->items.items[i];
		if (t == R_ENUM)
			ok &= list_member(r, it, n->a);
		else {
			enum rtype want = t, got = it->kind == V_NUM ? R_NUM : it->kind == V_STR ? R_TEXT : R_NONE;
			if (got != want) {
				diag_error(r->d, it->loc, DIAG_TYPE, "the list holds %s, but the value is %s%s",
				           got == R_NONE ? "a bare name" : rtype_desc(got), rtype_desc(want),
				           want == R_TEXT && got == R_NONE ? " (write text in double quotes)" : "");
				ok = false;
			} else
				it->rtype = got;
		}
	}
	if (ok)
		n->rtype = R_COND;
}

static void in_set(struct rctx *r, struct node *n)
{
	struct node *s = n->b;
	if (s->kind == S_RANGE) {
		enum rtype t = value(r, n->a, NULL, NULL);
		if (s->a->num > s->b->num)
			diag_error(r->d, s->loc, DIAG_RANGE,
			           "empty range %g..%g: the low end is greater than the high end", s->a->num, s->b->num);
		else if (t != R_NONE && t != R_NUM)
			diag_error(r->d, n->a->loc, DIAG_TYPE, "a range needs a number, not %s", rtype_desc(t));
		else if (t == R_NUM)
			n->rtype = R_COND;
		return;
	}
	if (s->kind == S_LIST) {
		enum rtype t = value(r, n->a, NULL, NULL);
		if (t != R_NONE)
			in_list(r, n, t);
		return;
	}
	struct field *f = lookup_field(r, s->path);
	if (!f)
		return;
	s->field = f;
	if (f->type.kind != TY_SET) {
		diag_error(r->d, s->loc, DIAG_TYPE, "'in %s' needs a set field; '%s' is %s%s", f->path->text,
		           f->path->text, field_kind(f->type.kind),
		           f->type.kind == TY_ENUM ? " (compare it with ==)" : "");
		return;
	}
	const char *owner = arena_printf(r->a, "'%s'", f->path->text);
	enum rtype t = value(r, n->a, &f->type, owner);
	if (t == R_MEMBER)
		n->rtype = R_COND;
	else if (t != R_NONE)
		diag_error(r->d, n->a->loc, DIAG_TYPE, "the left of 'in %s' must be one of its members (%s), not %s",
		           f->path->text, members_text(r, &f->type), rtype_desc(t));
}

static void cond(struct rctx *r, struct node *n);

static void cond_name(struct rctx *r, struct node *n)
{
	struct path *p = n->path;
	if (p->nseg == 1 && (n->check = check_named(r, p->text))) {
		n->check->used = true;
		n->kind = N_NAME;
		n->rtype = R_COND;
		return;
	}
	struct field *f = field_named(r, p);
	if (!f) {
		int cn;
		const char **c = field_names(r, &cn, p->nseg == 1);
		diag_error(r->d, p->loc, DIAG_UNDEFINED_NAME, "no %s '%s'%s", p->nseg == 1 ? "check or field" : "field",
		           p->text, did_you_mean(r->a, p->text, c, cn));
		return;
	}
	f->used = true;
	n->field = f;
	if (f->type.kind == TY_BOOL) {
		n->kind = N_NAME;
		n->rtype = R_COND;
	} else if (f->type.kind == TY_SET)
		diag_error(r->d, n->loc, DIAG_TYPE,
		           "'%s' is a set, not a condition; write 'MEMBER in %s' or '%s is not empty'",
		           p->text, p->text, p->text);
	else
		diag_error(r->d, n->loc, DIAG_TYPE, "'%s' is %s, not a condition; compare it, as in '%s == ...'",
		           p->text, field_kind(f->type.kind), p->text);
}

static void cond(struct rctx *r, struct node *n)
{
	switch (n->kind) {
	case N_OR: case N_AND:
		cond(r, n->a);
		cond(r, n->b);
		n->rtype = R_COND;
		return;
	case N_NOT:
		cond(r, n->a);
		n->rtype = R_COND;
		return;
	case N_TRUE: case N_FALSE:
		n->rtype = R_COND;
		return;
	case V_PATH:
		cond_name(r, n);
		return;
	case N_CMP:
		compare(r, n);
		return;
	case N_IN:
		in_set(r, n);
		return;
	case N_MISSING: case N_KNOWN:
		if ((n->field = lookup_field(r, n->path)))
			n->rtype = R_COND;
		return;
	case N_EMPTY:
		if (!(n->field = lookup_field(r, n->path)))
			return;
		if (n->field->type.kind != TY_SET)
			diag_error(r->d, n->loc, DIAG_TYPE, "'is empty' needs a set field; '%s' is %s",
			           n->path->text, field_kind(n->field->type.kind));
		else
			n->rtype = R_COND;
		return;
	case N_NAME: case V_NUM: case V_STR: case V_COUNT: case V_ARITH: case S_LIST: case S_RANGE: case S_PATH:
		value(r, n, NULL, NULL);
		if (n->rtype != R_NONE)
			diag_error(r->d, n->loc, DIAG_TYPE, "%s is not a condition", rtype_desc(n->rtype));
		return;
	}
}

/* ---- clauses ------------------------------------------------------ */

static void resolve_cites(struct rctx *r, struct clause *c)
{
	for (int i = 0; i < c->names.n; i++) {
		struct name_ref *nr = c->names.items[i];
		struct reference *ref = symtab_find(&r->refs, symtab_hash(nr->name), ref_is, nr->name);
		if (ref) {
			ref->used = true;
			nr->target = ref;
			continue;
		}
		const char **names = arena_alloc(r->a, sizeof *names * (size_t)(r->p->refs.n + 1));
		for (int j = 0; j < r->p->refs.n; j++)
			names[j] = ((struct reference *)r->p->refs.items[j])->name;
		diag_error(r->d, nr->loc, DIAG_UNDEFINED_NAME, "no reference '%s'%s", nr->name,
		           did_you_mean(r->a, nr->name, names, r->p->refs.n));
	}
}

static void resolve_after(struct rctx *r, struct clause *c)
{
	for (int i = 0; i < c->names.n; i++) {
		struct name_ref *nr = c->names.items[i];
		unsigned h = symtab_hash(nr->name);
		struct step *s = symtab_find(&r->steps, h, step_is, nr->name);
		struct stage *g = s ? NULL : symtab_find(&r->stages, h, stage_is, nr->name);
		if (s || g) {
			nr->target = s ? (void *)s : (void *)g;
			nr->is_stage = !s;
			continue;
		}
		int n;
		const char **names = step_names(r, &n);
		diag_error(r->d, nr->loc, DIAG_UNDEFINED_NAME, "no step or stage '%s'%s", nr->name,
		           did_you_mean(r->a, nr->name, names, n));
	}
}

static void resolve_clauses(struct rctx *r, struct vec *clauses)
{
	for (int i = 0; i < clauses->n; i++) {
		struct clause *c = clauses->items[i];
		if (c->cond)
			cond(r, c->cond);
		switch (c->kind) {
		case CL_CONTRAINDICATED_IF: resolve_cites(r, c); break;
		case CL_AFTER: resolve_after(r, c); break;
		case CL_ONLY_IF: case CL_REQUIRES: case CL_CAUTION_IF: case CL_TECHNIQUE: case CL_NOTE:
			break; /* they name nothing */
		}
	}
}

void resolve_protocol(struct protocol_ast *p, struct arena *a, plinth_diagnostics *d)
{
	struct rctx r = { .p = p, .a = a, .d = d };
	build_tables(&r);
	declare_fields(&r);
	declare_names(&r);
	for (int i = 0; i < p->checks.n; i++)
		cond(&r, ((struct check *)p->checks.items[i])->cond);
	for (int i = 0; i < p->stages.n; i++) {
		struct stage *g = p->stages.items[i];
		resolve_clauses(&r, &g->clauses);
		for (int j = 0; j < g->steps.n; j++)
			resolve_clauses(&r, &((struct step *)g->steps.items[j])->clauses);
	}
}

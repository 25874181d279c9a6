/* How fmt spells types and clauses.  Conditions, names, strings and
 * numbers are print.c's, so fmt and the messages of the rest of the
 * tool agree. */
#include "fmt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"
#include "../base/utf8.h"

static const char *members(struct arena *a, const struct member_list *m)
{
	const char *t = "{";
	for (int i = 0; m && i < m->names.n; i++)
		t = arena_printf(a, "%s%s%s", t, i ? ", " : "", print_name(a, m->names.items[i]));
	return arena_printf(a, "%s}", t);
}

const char *fmt_type(struct arena *a, const struct type *t)
{
	static const char *const names[] = {
		[TY_BOOL] = "bool", [TY_INT] = "int", [TY_NUMBER] = "number", [TY_TEXT] = "text",
	};
	if (t->kind == TY_ENUM || t->kind == TY_SET)
		return arena_printf(a, "%s of %s", t->kind == TY_ENUM ? "one" : "set", members(a, t->members));
	if (!t->has_range)
		return names[t->kind];
	return arena_printf(a, "%s in %s..%s", names[t->kind], print_number(a, t->lo), print_number(a, t->hi));
}

static const char *name_list(struct arena *a, const struct vec *names)
{
	const char *t = "";
	for (int i = 0; i < names->n; i++) {
		const struct name_ref *r = names->items[i];
		t = arena_printf(a, "%s%s%s", t, i ? ", " : "", print_name(a, r->name));
	}
	return t;
}

const char *fmt_clause(struct arena *a, const struct clause *c)
{
	const char *word = clause_keywords(c->kind);
	const char *cond = c->cond ? print_expr(a, c->cond) : "";
	const char *text = c->text ? print_string(a, c->text) : "";
	switch (c->kind) {
	case CL_ONLY_IF: return arena_printf(a, "%s %s", word, cond);
	case CL_REQUIRES: return arena_printf(a, "%s %s%s%s", word, cond, c->text ? " " : "", text);
	case CL_CONTRAINDICATED_IF:
		return arena_printf(a, "%s %s %s%s%s", word, cond, text, c->names.n ? " cite " : "",
		                    name_list(a, &c->names));
	case CL_CAUTION_IF: return arena_printf(a, "%s %s %s", word, cond, text);
	case CL_AFTER: return arena_printf(a, "%s %s", word, name_list(a, &c->names));
	case CL_TECHNIQUE: case CL_NOTE: return arena_printf(a, "%s %s", word, text);
	}
	return "";
}

int fmt_width(const char *s)
{
	return (int)utf8_width(s);
}

#include "print.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ORDER: the keywords of grammar/lexer.l. */
static const char *const keywords[] = {
	"protocol", "version", "reference", "record", "text", "int", "number", "bool",
	"one", "set", "of", "in", "id", "required", "check", "stage", "step", "only",
	"if", "requires", "contraindicated", "caution", "after", "technique", "note",
	"cite", "and", "or", "not", "is", "missing", "known", "empty", "true", "false",
	"count",
};

bool is_keyword(const char *s)
{
	for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
		if (!strcmp(s, keywords[i]))
			return true;
	return false;
}

static bool plain_name(const char *s)
{
	if (!(*s == '_' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
		return false;
	for (; *s; s++)
		if (!(*s == '_' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

const char *print_name(struct arena *a, const char *name)
{
	if (plain_name(name) && !is_keyword(name))
		return name;
	return arena_printf(a, "`%s`", name);
}

const char *print_path(struct arena *a, const struct path *p)
{
	const char *s = print_name(a, p->segs[0]);
	for (int i = 1; i < p->nseg; i++)
		s = arena_printf(a, "%s.%s", s, print_name(a, p->segs[i]));
	return s;
}

/* Whether s is a number literal of the language that reads back as v. */
static bool exact(const char *s, double v)
{
	return !strpbrk(s, "eEnN") && strtod(s, NULL) == v;
}

/* v in fixed notation with no trailing zeros. */
static const char *fixed(struct arena *a, int digits, double v)
{
	char *s = arena_printf(a, "%.*f", digits, v);
	if (strchr(s, '.')) {
		size_t n = strlen(s);
		while (s[n - 1] == '0')
			s[--n] = '\0';
		if (s[n - 1] == '.')
			s[--n] = '\0';
	}
	return s;
}

/* The shortest literal the lexer reads back as v: %g where it is exact
 * and has no exponent (the language has none), else plain digits. */
const char *print_number(struct arena *a, double v)
{
	const char *s;
	for (int digits = 15; digits <= 17; digits++)
		if (exact(s = arena_printf(a, "%.*g", digits, v), v))
			return s;
	if (isinf(v)) /* a literal too large for a double reads as one */
		return arena_printf(a, "%s1%0309d", v < 0 ? "-" : "", 0);
	for (int digits = 0; digits < 1100; digits++)
		if (exact(s = fixed(a, digits, v), v))
			return s;
	return arena_printf(a, "%.17g", v);
}

const char *print_string(struct arena *a, const char *s)
{
	size_t n = strlen(s);
	char *out = arena_alloc(a, 2 * n + 3), *o = out;
	*o++ = '"';
	for (; *s; s++) {
		switch (*s) {
		case '"': *o++ = '\\'; *o++ = '"'; break;
		case '\\': *o++ = '\\'; *o++ = '\\'; break;
		case '\n': *o++ = '\\'; *o++ = 'n'; break;
		case '\t': *o++ = '\\'; *o++ = 't'; break;
		default: *o++ = *s;
		}
	}
	*o++ = '"';
	return out;
}

static int arith_strength(enum arith op)
{
	switch (op) {
	case A_ADD: case A_SUB: return 5;
	case A_MUL: case A_DIV: return 6;
	}
	return 6;
}

/* Binding strength, loosest first, as in the grammar's precedence. */
static int strength(const struct node *n)
{
	switch (n->kind) {
	case N_OR: return 1;
	case N_AND: return 2;
	case N_NOT: return 3;
	case N_CMP: case N_IN: return 4;
	case V_ARITH: return arith_strength(n->arith);
	case N_TRUE: case N_FALSE: case N_NAME: case N_MISSING: case N_KNOWN: case N_EMPTY:
	case V_PATH: case V_NUM: case V_STR: case V_COUNT: case S_LIST: case S_RANGE: case S_PATH:
		return 7;
	}
	return 7;
}

static const char *wrap(struct arena *a, const struct node *n, int need)
{
	const char *s = print_expr(a, n);
	return strength(n) < need ? arena_printf(a, "(%s)", s) : s;
}

static const char *set_text(struct arena *a, const struct node *s)
{
	if (s->kind == S_RANGE)
		return arena_printf(a, "%s..%s", print_number(a, s->a->num), print_number(a, s->b->num));
	if (s->kind == S_PATH)
		return print_path(a, s->path);
	/* joined in one pass: a literal may hold thousands of items */
	const char **items = arena_alloc(a, sizeof *items * (size_t)(s->items.n + 1));
	size_t len = 2;
	for (int i = 0; i < s->items.n; i++)
		len += strlen(items[i] = print_expr(a, s->items.items[i])) + 2;
	char *t = arena_alloc(a, len + 1), *o = t;
	*o++ = '{';
	for (int i = 0; i < s->items.n; i++) {
		if (i) {
			memcpy(o, ", ", 2);
			o += 2;
		}
		size_t n = strlen(items[i]);
		memcpy(o, items[i], n);
		o += n;
	}
	*o = '}'; /* then the zero arena_alloc left */
	return t;
}

const char *print_expr(struct arena *a, const struct node *n)
{
	int k = strength(n);
	switch (n->kind) {
	case N_OR: case N_AND:
		return arena_printf(a, "%s %s %s", wrap(a, n->a, k), n->kind == N_OR ? "or" : "and", wrap(a, n->b, k + 1));
	case N_NOT: /* 'not (x in s)' reads better than the equal 'not x in s' */
		return arena_printf(a, "not %s", wrap(a, n->a, strength(n->a) < 7 ? 8 : k));
	case N_CMP:
		return arena_printf(a, "%s %s %s", wrap(a, n->a, k + 1), cmp_spelling(n->cmp), wrap(a, n->b, k + 1));
	case N_IN:
		return arena_printf(a, "%s %sin %s", wrap(a, n->a, k + 1), n->negate ? "not " : "", set_text(a, n->b));
	case V_ARITH:
		return arena_printf(a, "%s %s %s", wrap(a, n->a, k), arith_spelling(n->arith), wrap(a, n->b, k + 1));
	case N_MISSING: case N_KNOWN: case N_EMPTY:
		return arena_printf(a, "%s is %s%s", print_path(a, n->path), n->negate ? "not " : "",
		                    n->kind == N_MISSING ? "missing" : n->kind == N_KNOWN ? "known" : "empty");
	case N_TRUE: return "true";
	case N_FALSE: return "false";
	case N_NAME: case V_PATH: return print_path(a, n->path);
	case V_COUNT: return arena_printf(a, "count(%s)", print_path(a, n->path));
	case V_NUM: return print_number(a, n->num);
	case V_STR: return print_string(a, n->str);
	case S_LIST: case S_RANGE: case S_PATH: return set_text(a, n);
	}
	return "";
}

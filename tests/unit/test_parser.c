/* The parser: the syntax tree it builds (precedence, clauses against
 * steps, declarations in order) and syntax errors, several per run.
 * Uses parse_protocol directly, so names need not resolve. */
#include <stdarg.h>
#include <string.h>

#include "compiler/parse.h"

#include "helpers.h"
#include "suites.h"

struct parsed {
	struct arena arena;
	plinth_diagnostics *d;
	struct parse_ctx ctx;
	struct protocol_ast *p;
};

static void parse(struct parsed *x, const char *src)
{
	memset(x, 0, sizeof *x);
	arena_init(&x->arena);
	x->d = diags_new("t.plinth", src, strlen(src));
	x->ctx.arena = &x->arena;
	x->ctx.diags = x->d;
	parse_protocol(&x->ctx, src, strlen(src));
	x->p = x->ctx.proto;
}

static void parsed_free(struct parsed *x)
{
	plinth_diagnostics_free(x->d);
	arena_free(&x->arena);
}

/* ---- an S-expression of a condition, to compare trees as text ------ */

struct sbuf {
	char s[2048];
	size_t n;
};

static void put(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
	va_end(ap);
	if (k > 0)
		b->n += (size_t)k < sizeof b->s - b->n ? (size_t)k : sizeof b->s - b->n - 1;
}

static void sexp(struct sbuf *b, const struct node *n)
{
	/* written out, not base/ops.h's table: the test says what they are */
	static const char *const cmp[] = { [C_EQ] = "==", [C_NE] = "!=", [C_LT] = "<", [C_LE] = "<=",
	                                   [C_GT] = ">", [C_GE] = ">=" };
	static const char *const arith[] = { [A_ADD] = "+", [A_SUB] = "-", [A_MUL] = "*", [A_DIV] = "/" };
	if (!n) {
		put(b, "NULL");
		return;
	}
	switch (n->kind) {
	case N_OR: case N_AND:
		put(b, "(%s ", n->kind == N_OR ? "or" : "and");
		sexp(b, n->a);
		put(b, " ");
		sexp(b, n->b);
		put(b, ")");
		return;
	case N_NOT:
		put(b, "(not ");
		sexp(b, n->a);
		put(b, ")");
		return;
	case N_TRUE: put(b, "true"); return;
	case N_FALSE: put(b, "false"); return;
	case N_NAME: case V_PATH: case S_PATH: put(b, "%s", n->path->text); return;
	case N_CMP: case V_ARITH:
		put(b, "(%s ", n->kind == N_CMP ? cmp[n->cmp] : arith[n->arith]);
		sexp(b, n->a);
		put(b, " ");
		sexp(b, n->b);
		put(b, ")");
		return;
	case N_IN:
		put(b, "(%s ", n->negate ? "not-in" : "in");
		sexp(b, n->a);
		put(b, " ");
		sexp(b, n->b);
		put(b, ")");
		return;
	case N_MISSING: case N_KNOWN: case N_EMPTY:
		put(b, "(%s%s %s)", n->negate ? "not-" : "",
		    n->kind == N_MISSING ? "missing" : n->kind == N_KNOWN ? "known" : "empty", n->path->text);
		return;
	case V_NUM: put(b, "%g", n->num); return;
	case V_STR: put(b, "\"%s\"", n->str); return;
	case V_COUNT: put(b, "(count %s)", n->path->text); return;
	case S_LIST:
		put(b, "{");
		for (int i = 0; i < n->items.n; i++) {
			if (i)
				put(b, " ");
			sexp(b, n->items.items[i]);
		}
		put(b, "}");
		return;
	case S_RANGE:
		put(b, "%g..%g", n->a->num, n->b->num);
		return;
	}
	put(b, "?");
}

/* The tree of `check c = COND` in an otherwise empty protocol. */
static const char *cond_tree(const char *cond)
{
	static struct sbuf b;
	char src[1024];
	snprintf(src, sizeof src, "protocol t \"T\" {\n  record { }\n  check c = %s\n}\n", cond);
	struct parsed x;
	parse(&x, src);
	b.n = 0;
	b.s[0] = '\0';
	if (plinth_diagnostics_count(x.d) || x.p->checks.n != 1)
		put(&b, "ERROR %s", diags_text(x.d));
	else
		sexp(&b, ((struct check *)x.p->checks.items[0])->cond);
	parsed_free(&x);
	return b.s;
}

#define ck_tree(cond, expected) ck_assert_str_eq(cond_tree(cond), (expected))

START_TEST(precedence_or_and_not)
{
	ck_tree("a or b and c", "(or a (and b c))");
	ck_tree("a and b or c", "(or (and a b) c)");
	ck_tree("not a and b", "(and (not a) b)");
	ck_tree("not a or not b", "(or (not a) (not b))");
	ck_tree("not not a", "(not (not a))");
	ck_tree("a or b or c", "(or (or a b) c)");
	ck_tree("a and b and c", "(and (and a b) c)");
}
END_TEST

START_TEST(precedence_not_below_comparison)
{
	ck_tree("not x == 1", "(not (== x 1))");
	ck_tree("not x in S", "(not (in x S))");
	ck_tree("not a not in S", "(not (not-in a S))");
	ck_tree("a not in S and b", "(and (not-in a S) b)");
	ck_tree("x < 3 or y >= 4 and z != 5",
	        "(or (< x 3) (and (>= y 4) (!= z 5)))");
}
END_TEST

START_TEST(precedence_arithmetic)
{
	ck_tree("a + b * c == d", "(== (+ a (* b c)) d)");
	ck_tree("a * b + c < d / e - f", "(< (+ (* a b) c) (- (/ d e) f))");
	ck_tree("a - b - c > 0", "(> (- (- a b) c) 0)");
	ck_tree("a / b / c > 0", "(> (/ (/ a b) c) 0)");
	ck_tree("(a + b) * c <= 1", "(<= (* (+ a b) c) 1)");
	ck_tree("a + b in 1..5", "(in (+ a b) 1..5)");
	ck_tree("count(s) * 2 >= 4", "(>= (* (count s) 2) 4)");
}
END_TEST

START_TEST(parentheses_override_precedence)
{
	ck_tree("(a or b) and c", "(and (or a b) c)");
	ck_tree("not (a and b)", "(not (and a b))");
	ck_tree("((a))", "a");
}
END_TEST

START_TEST(tests_and_values)
{
	ck_tree("posture.pelvic_tilt == anterior", "(== posture.pelvic_tilt anterior)");
	ck_tree("quadratus_lumborum in overactive", "(in quadratus_lumborum overactive)");
	ck_tree("x in {a, \"b c\", 3}", "(in x {a \"b c\" 3})");
	ck_tree("pain in 0..10", "(in pain 0..10)");
	ck_tree("t in -5..-1", "(in t -5..-1)");
	ck_tree("t > -3", "(> t -3)");
	ck_tree("t in {-1, 2.5}", "(in t {-1 2.5})");
	ck_tree("t - 3 > 0", "(> (- t 3) 0)");
	ck_tree("a.b is missing", "(missing a.b)");
	ck_tree("a.b is not missing", "(not-missing a.b)");
	ck_tree("a is known", "(known a)");
	ck_tree("a is not known", "(not-known a)");
	ck_tree("s is empty", "(empty s)");
	ck_tree("s is not empty", "(not-empty s)");
	ck_tree("true or false", "(or true false)");
	ck_tree("name == \"Bob\"", "(== name \"Bob\")");
	ck_tree("x == 2.5", "(== x 2.5)");
	ck_tree("history.`count` > 1 and `date-of-birth` is known",
	        "(and (> history.count 1) (known date-of-birth))");
}
END_TEST

/* Comparisons do not chain. */
START_TEST(comparison_is_not_associative)
{
	const char *t = cond_tree("a < b < c");
	ck_assert_msg(!strncmp(t, "ERROR", 5), "a < b < c parsed as %s", t);
}
END_TEST

/* Declarations land in order, with their parts. */
START_TEST(declarations)
{
	struct parsed x;
	parse(&x, "protocol demo \"A demo\" {\n"
	          "  version \"1.2\"\n"
	          "  reference r1 \"First\"\n"
	          "  reference r2 \"Second\"\n"
	          "  record {\n"
	          "    client: text id required\n"
	          "    history.hours: number in 0..24\n"
	          "    tilt: one of {neutral, anterior}\n"
	          "    muscles: set of {a, b, c}\n"
	          "    ok: bool\n"
	          "    pain: int in -2..10 required\n"
	          "    `date-of-birth`: text\n"
	          "  }\n"
	          "  check sat \"Sitting long?\" = history.hours >= 6\n"
	          "  check quiet = not sat\n"
	          "}\n");
	ck_assert_msg(plinth_diagnostics_count(x.d) == 0, "%s", diags_text(x.d));
	struct protocol_ast *p = x.p;
	ck_assert_str_eq(p->name, "demo");
	ck_assert_str_eq(p->title, "A demo");
	ck_assert_str_eq(p->version, "1.2");
	ck_assert_int_eq(p->refs.n, 2);
	ck_assert_str_eq(((struct reference *)p->refs.items[1])->name, "r2");
	ck_assert_str_eq(((struct reference *)p->refs.items[1])->text, "Second");
	ck_assert_int_eq(p->fields.n, 7);
	struct field *f = p->fields.items[0];
	ck_assert_str_eq(f->path->text, "client");
	ck_assert_int_eq(f->type.kind, TY_TEXT);
	ck_assert_int_eq(f->mods, MOD_ID | MOD_REQUIRED);
	f = p->fields.items[1];
	ck_assert_str_eq(f->path->text, "history.hours");
	ck_assert_int_eq(f->path->nseg, 2);
	ck_assert_int_eq(f->type.kind, TY_NUMBER);
	ck_assert(f->type.has_range);
	ck_assert_double_eq(f->type.lo, 0);
	ck_assert_double_eq(f->type.hi, 24);
	ck_assert_int_eq(f->loc.first_line, 7);
	ck_assert_int_eq(f->loc.first_column, 5);
	f = p->fields.items[2];
	ck_assert_int_eq(f->type.kind, TY_ENUM);
	ck_assert_int_eq(f->type.members->names.n, 2);
	ck_assert_str_eq(f->type.members->names.items[1], "anterior");
	f = p->fields.items[3];
	ck_assert_int_eq(f->type.kind, TY_SET);
	ck_assert_int_eq(f->type.members->names.n, 3);
	ck_assert_int_eq(((struct field *)p->fields.items[4])->type.kind, TY_BOOL);
	f = p->fields.items[5];
	ck_assert_int_eq(f->type.kind, TY_INT);
	ck_assert_double_eq(f->type.lo, -2);
	ck_assert_double_eq(f->type.hi, 10);
	ck_assert_int_eq(f->mods, MOD_REQUIRED);
	ck_assert_str_eq(((struct field *)p->fields.items[6])->path->text, "date-of-birth");
	ck_assert_int_eq(p->checks.n, 2);
	struct check *c = p->checks.items[0];
	ck_assert_str_eq(c->name, "sat");
	ck_assert_str_eq(c->question, "Sitting long?");
	c = p->checks.items[1];
	ck_assert_str_eq(c->name, "quiet");
	ck_assert_ptr_null(c->question);
	ck_assert_int_eq(c->loc.first_line, 15);
	ck_assert_int_eq(c->loc.first_column, 9);
	parsed_free(&x);
}
END_TEST

/* A stage body mixes clauses and steps: clauses belong to the stage,
 * steps keep their written order and their own clauses. */
START_TEST(stage_clauses_and_steps)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { ok: bool }\n"
	          "  stage first \"One\" {\n"
	          "    only if ok\n"
	          "    step a \"A\"\n"
	          "    note \"stage note\"\n"
	          "    step b \"B\" {\n"
	          "      technique \"slowly\"\n"
	          "      after a\n"
	          "      requires ok \"must be ok\"\n"
	          "      contraindicated if not ok \"bad\" cite r1, r2\n"
	          "      caution if ok \"careful\"\n"
	          "      note \"n\"\n"
	          "    }\n"
	          "    step c \"C\" { }\n"
	          "  }\n"
	          "  stage two \"Two\" {\n"
	          "  }\n"
	          "}\n");
	ck_assert_msg(plinth_diagnostics_count(x.d) == 0, "%s", diags_text(x.d));
	ck_assert_int_eq(x.p->stages.n, 2);
	struct stage *g = x.p->stages.items[0];
	ck_assert_str_eq(g->name, "first");
	ck_assert_str_eq(g->title, "One");
	ck_assert_int_eq(g->clauses.n, 2);
	ck_assert_int_eq(((struct clause *)g->clauses.items[0])->kind, CL_ONLY_IF);
	ck_assert_int_eq(((struct clause *)g->clauses.items[1])->kind, CL_NOTE);
	ck_assert_int_eq(g->steps.n, 3);
	struct step *a = g->steps.items[0], *b = g->steps.items[1], *c = g->steps.items[2];
	ck_assert_str_eq(a->name, "a");
	ck_assert_str_eq(b->name, "b");
	ck_assert_str_eq(c->name, "c");
	ck_assert_ptr_eq(b->stage, g);
	ck_assert_int_eq(a->clauses.n, 0);
	ck_assert_int_eq(c->clauses.n, 0);
	ck_assert_int_eq(b->clauses.n, 6);
	static const enum clause_kind kinds[] = { CL_TECHNIQUE, CL_AFTER, CL_REQUIRES, CL_CONTRAINDICATED_IF,
		                                  CL_CAUTION_IF, CL_NOTE };
	for (int i = 0; i < 6; i++)
		ck_assert_int_eq(((struct clause *)b->clauses.items[i])->kind, kinds[i]);
	struct clause *cl = b->clauses.items[2];
	ck_assert_str_eq(cl->text, "must be ok");
	cl = b->clauses.items[3];
	ck_assert_str_eq(cl->text, "bad");
	ck_assert_int_eq(cl->names.n, 2);
	ck_assert_str_eq(((struct name_ref *)cl->names.items[1])->name, "r2");
	ck_assert_int_eq(cl->loc.first_line, 11);
	ck_assert_int_eq(cl->loc.first_column, 7);
	struct sbuf sb = { .n = 0 };
	sexp(&sb, cl->cond);
	ck_assert_str_eq(sb.s, "(not ok)");
	cl = b->clauses.items[1];
	ck_assert_int_eq(cl->names.n, 1);
	ck_assert_str_eq(((struct name_ref *)cl->names.items[0])->name, "a");
	g = x.p->stages.items[1];
	ck_assert_int_eq(g->steps.n, 0);
	ck_assert_int_eq(g->clauses.n, 0);
	parsed_free(&x);
}
END_TEST

/* `after` lists several names; `requires` needs no message. */
START_TEST(after_list_and_bare_requires)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { ok: bool }\n"
	          "  stage s \"S\" {\n"
	          "    step a \"A\"\n"
	          "    step b \"B\"\n"
	          "    step c \"C\" { after a, b requires ok }\n"
	          "  }\n"
	          "}\n");
	ck_assert_msg(plinth_diagnostics_count(x.d) == 0, "%s", diags_text(x.d));
	struct step *c = ((struct stage *)x.p->stages.items[0])->steps.items[2];
	ck_assert_int_eq(c->clauses.n, 2);
	struct clause *after = c->clauses.items[0];
	ck_assert_int_eq(after->kind, CL_AFTER);
	ck_assert_int_eq(after->names.n, 2);
	struct name_ref *nb = after->names.items[1];
	ck_assert_str_eq(nb->name, "b");
	ck_assert_int_eq(nb->loc.first_line, 6);
	ck_assert_int_eq(nb->loc.first_column, 27);
	struct clause *req = c->clauses.items[1];
	ck_assert_int_eq(req->kind, CL_REQUIRES);
	ck_assert_ptr_null(req->text);
	parsed_free(&x);
}
END_TEST

/* Conditions keep their location: the whole span of an operator. */
START_TEST(condition_locations)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { }\n"
	          "  check c = pain >= 7 and ok\n"
	          "}\n");
	ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
	struct node *n = ((struct check *)x.p->checks.items[0])->cond;
	ck_assert_int_eq(n->kind, N_AND);
	ck_assert_int_eq(n->loc.first_line, 3);
	ck_assert_int_eq(n->loc.first_column, 13);
	ck_assert_int_eq(n->loc.last_column, 29);
	ck_assert_int_eq(n->a->loc.first_column, 13);
	ck_assert_int_eq(n->a->loc.last_column, 22);
	ck_assert_int_eq(n->b->loc.first_column, 27);
	parsed_free(&x);
}
END_TEST

/* ---- syntax errors ----------------------------------------------- */

static int syntax_errors(const plinth_diagnostics *d)
{
	int n = 0;
	for (size_t i = 0; i < plinth_diagnostics_count(d); i++)
		n += !strcmp(plinth_diagnostics_get(d, i)->code, "syntax");
	return n;
}

START_TEST(syntax_error_location)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { }\n"
	          "  stage s \"S\" {\n"
	          "    step a \"A\" { only ok }\n"
	          "  }\n"
	          "}\n");
	ck_assert_int_eq(syntax_errors(x.d), 1);
	const struct plinth_diagnostic *g = plinth_diagnostics_get(x.d, 0);
	ck_assert_int_eq(g->severity, PLINTH_ERROR);
	ck_assert_int_eq(g->line, 4);
	ck_assert_int_eq(g->column, 23);
	ck_assert_str_eq(g->message, "expected 'if', but found a name");
	parsed_free(&x);
}
END_TEST

/* One parse reports the errors of several steps, stages and checks. */
START_TEST(several_syntax_errors_in_one_parse)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { ok: bool }\n"
	          "  check c1 = ok and\n"
	          "  check c2 = ok\n"
	          "  stage s \"S\" {\n"
	          "    step a \"A\" { only ok }\n"
	          "    step b \"B\"\n"
	          "    step c \"C\" { requires == }\n"
	          "  }\n"
	          "  stage u \"U\" {\n"
	          "    step d { }\n"
	          "  }\n"
	          "}\n");
	ck_assert_msg(syntax_errors(x.d) >= 4, "only %d syntax errors:\n%s", syntax_errors(x.d), diags_text(x.d));
	int lines[] = { 4, 6, 8, 11 };
	for (int k = 0; k < 4; k++) {
		bool found = false;
		for (size_t i = 0; i < plinth_diagnostics_count(x.d); i++)
			found |= plinth_diagnostics_get(x.d, i)->line == lines[k];
		ck_assert_msg(found, "no error on line %d:\n%s", lines[k], diags_text(x.d));
	}
	parsed_free(&x);
}
END_TEST

/* A keyword where a name belongs is a syntax error; in backticks it is
 * a name. */
START_TEST(keyword_as_name)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { step: int }\n"
	          "}\n");
	ck_assert_int_eq(syntax_errors(x.d), 1);
	ck_assert_int_eq(plinth_diagnostics_get(x.d, 0)->line, 2);
	ck_assert_int_eq(plinth_diagnostics_get(x.d, 0)->column, 12);
	parsed_free(&x);

	parse(&x, "protocol t \"T\" {\n"
	          "  record { `step`: int  history.`count`: int }\n"
	          "}\n");
	ck_assert_msg(plinth_diagnostics_count(x.d) == 0, "%s", diags_text(x.d));
	ck_assert_str_eq(((struct field *)x.p->fields.items[0])->path->text, "step");
	ck_assert_str_eq(((struct field *)x.p->fields.items[1])->path->text, "history.count");
	parsed_free(&x);
}
END_TEST

/* Declarations come in the order of language.md. */
START_TEST(declarations_out_of_order)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { }\n"
	          "  stage s \"S\" { }\n"
	          "  check c = true\n"
	          "}\n");
	ck_assert_int_ge(syntax_errors(x.d), 1);
	ck_assert_int_eq(plinth_diagnostics_get(x.d, 0)->line, 4);
	parsed_free(&x);

	parse(&x, "protocol t \"T\" {\n"
	          "  check c = true\n"
	          "}\n");
	ck_assert_int_ge(syntax_errors(x.d), 1);
	parsed_free(&x);
}
END_TEST

/* One protocol a file: nothing may follow it. */
START_TEST(one_protocol_a_file)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" { record { } }\nprotocol u \"U\" { record { } }\n");
	ck_assert_int_eq(syntax_errors(x.d), 1);
	ck_assert_int_eq(plinth_diagnostics_get(x.d, 0)->line, 2);
	ck_assert_int_eq(plinth_diagnostics_get(x.d, 0)->column, 1);
	parsed_free(&x);
}
END_TEST

/* A protocol cut short: the error says so, and which brace is open. */
START_TEST(unexpected_end_of_file)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { }\n"
	          "  stage s \"S\" {\n"
	          "    step a \"A\"\n");
	ck_assert_int_eq(syntax_errors(x.d), 1);
	const struct plinth_diagnostic *g = plinth_diagnostics_get(x.d, 0);
	ck_assert_str_eq(g->message, "expected a clause, 'step', '{' or '}', but found the end of the file "
	                             "(to close '{' opened at line 3)");
	ck_assert_int_ge(g->line, 4);
	parsed_free(&x);
}
END_TEST

START_TEST(empty_input_is_an_error)
{
	struct parsed x;
	parse(&x, "# nothing here\n");
	ck_assert_int_eq(syntax_errors(x.d), 1);
	parsed_free(&x);
}
END_TEST

/* `id` or `required` twice on one field. */
START_TEST(modifier_given_twice)
{
	struct parsed x;
	parse(&x, "protocol t \"T\" {\n"
	          "  record { client: text id required id }\n"
	          "}\n");
	ck_assert_msg(diag_find(x.d, "duplicate-name", 2, 37, "'id' is given twice"), "%s", diags_text(x.d));
	parsed_free(&x);
}
END_TEST

Suite *parser_suite(void)
{
	Suite *s = suite_create("parser");
	TCase *t = tcase_create("trees");
	tcase_add_test(t, precedence_or_and_not);
	tcase_add_test(t, precedence_not_below_comparison);
	tcase_add_test(t, precedence_arithmetic);
	tcase_add_test(t, parentheses_override_precedence);
	tcase_add_test(t, tests_and_values);
	tcase_add_test(t, comparison_is_not_associative);
	tcase_add_test(t, declarations);
	tcase_add_test(t, stage_clauses_and_steps);
	tcase_add_test(t, after_list_and_bare_requires);
	tcase_add_test(t, condition_locations);
	suite_add_tcase(s, t);
	t = tcase_create("errors");
	tcase_add_test(t, syntax_error_location);
	tcase_add_test(t, several_syntax_errors_in_one_parse);
	tcase_add_test(t, keyword_as_name);
	tcase_add_test(t, declarations_out_of_order);
	tcase_add_test(t, one_protocol_a_file);
	tcase_add_test(t, unexpected_end_of_file);
	tcase_add_test(t, empty_input_is_an_error);
	tcase_add_test(t, modifier_given_twice);
	suite_add_tcase(s, t);
	return s;
}

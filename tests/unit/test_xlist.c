/* 'x in {...}' over numbers and text is one table lookup
 * (base/xlist.h).  Checked here against what it replaces, on random
 * lists and probes: a linear scan with the equality of '==', and, through
 * the compiler, the chain 'x == I1 or x == I2 or ...' written out. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime/record.h"
#include "base/xlist.h"

#include "helpers.h"
#include "suites.h"

/* A fixed xorshift, so a failure can be run again. */
static unsigned long long seed = 0x9E3779B97F4A7C15ull;

static unsigned rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

/* Few enough that lists repeat them and probes hit them: the empty
 * text, prefixes of each other, case, a composed 'é' beside 'e' and a
 * combining accent (equal to the eye, not byte for byte), wider UTF-8,
 * the characters a protocol must escape. */
static const char *const pieces[] = {
	"", "a", "ab", "abc", "b", "A", "\xc3\xa9", "e\xcc\x81", "\xe6\x97\xa5\xe6\x9c\xac",
	"\xf0\x9f\x98\x80", "\"", "\\", " a", "a ", "C00001", "C0000",
};
enum { NPIECES = sizeof pieces / sizeof *pieces };

/* A text of one to three pieces, or the empty text. */
static struct xtext random_text(char *buf)
{
	buf[0] = '\0';
	for (unsigned k = rnd(4); k; k--)
		strcat(buf, pieces[rnd(NPIECES)]);
	return (struct xtext){ buf, strlen(buf) };
}

/* 1, 1.0 and 1.00 are one double, which is the point: they are equal.
 * Beside them -0 and 0, halves, the extremes, infinities. */
static double random_number(void)
{
	static const double some[] = { 1, 1.0, 1.00, -0.0, 0.0, -1, 0.5, 0.1, 1e300, -1e300,
	                               9007199254740993.0, INFINITY, -INFINITY };
	switch (rnd(3)) {
	case 0: return some[rnd(sizeof some / sizeof *some)];
	case 1: return (double)rnd(20) - 10;
	default: return ((double)rnd(2000) - 1000) / 8;
	}
}

static bool scan_texts(const struct xtext *v, int n, const char *s, size_t len)
{
	for (int i = 0; i < n; i++)
		if (v[i].len == len && !memcmp(v[i].s, s, len))
			return true;
	return false;
}

static bool scan_numbers(const double *v, int n, double x)
{
	for (int i = 0; i < n; i++)
		if (v[i] == x)
			return true;
	return false;
}

START_TEST(texts_as_a_linear_scan)
{
	for (int trial = 0; trial < 400; trial++) {
		struct arena a;
		arena_init(&a);
		int n = (int)rnd(trial < 200 ? 12 : 300);
		char (*bufs)[64] = arena_alloc(&a, sizeof *bufs * (size_t)(n + 1));
		struct xtext *v = arena_alloc(&a, sizeof *v * (size_t)(n + 1));
		for (int i = 0; i < n; i++)
			v[i] = random_text(bufs[i]);
		const struct xlist *l = xlist_texts(&a, v, n);
		ck_assert_int_le(l->n, n);
		for (int i = 1; i < l->n; i++) /* sorted, without duplicates */
			ck_assert_int_lt(xlist_text_order(l->texts[i - 1].s, l->texts[i - 1].len, l->texts[i].s,
			                                  l->texts[i].len), 0);
		for (int i = 0; i < n; i++)
			ck_assert(xlist_has_text(l, v[i].s, v[i].len));
		for (int k = 0; k < 200; k++) {
			char buf[64];
			struct xtext t = random_text(buf);
			if (t.len && rnd(4) == 0)
				t.len--; /* a byte cut off, perhaps inside a character */
			if (t.len && rnd(4) == 0)
				buf[rnd((unsigned)t.len)] = '\0'; /* a NUL within */
			ck_assert_msg(xlist_has_text(l, t.s, t.len) == scan_texts(v, n, t.s, t.len),
			              "trial %d: '%.*s' (%zu bytes) in a list of %d", trial, (int)t.len, t.s, t.len, n);
		}
		arena_free(&a);
	}
}
END_TEST

START_TEST(numbers_as_a_linear_scan)
{
	for (int trial = 0; trial < 400; trial++) {
		struct arena a;
		arena_init(&a);
		int n = (int)rnd(trial < 200 ? 12 : 300);
		double *v = arena_alloc(&a, sizeof *v * (size_t)(n + 1));
		for (int i = 0; i < n; i++)
			v[i] = random_number();
		const struct xlist *l = xlist_numbers(&a, v, n);
		for (int i = 1; i < l->n; i++)
			ck_assert(l->nums[i - 1] < l->nums[i]);
		for (int i = 0; i < n; i++)
			ck_assert(xlist_has_number(l, v[i]));
		for (int k = 0; k < 200; k++) {
			double x = random_number();
			ck_assert_msg(xlist_has_number(l, x) == scan_numbers(v, n, x), "trial %d: %.17g in a list of %d",
			              trial, x, n);
		}
		ck_assert(!xlist_has_number(l, NAN));
		arena_free(&a);
	}
}
END_TEST

START_TEST(zero_and_minus_zero)
{
	struct arena a;
	arena_init(&a);
	const struct xlist *minus = xlist_numbers(&a, (const double[]){ -0.0 }, 1);
	const struct xlist *plus = xlist_numbers(&a, (const double[]){ 0.0, 0.0, -0.0 }, 3);
	ck_assert(xlist_has_number(minus, 0.0) && xlist_has_number(minus, -0.0));
	ck_assert(xlist_has_number(plus, 0.0) && xlist_has_number(plus, -0.0));
	ck_assert_int_eq(plus->n, 1);
	ck_assert(!xlist_has_number(plus, 1e-300));
	const struct xlist *none = xlist_numbers(&a, (const double[]){ NAN, NAN }, 2);
	ck_assert_int_eq(none->n, 0);
	ck_assert(!xlist_has_number(none, NAN) && !xlist_has_number(none, 0));
	const struct xlist *empty = xlist_texts(&a, NULL, 0);
	ck_assert(!xlist_has_text(empty, "", 0));
	arena_free(&a);
}
END_TEST

/* ---- through the compiler: 'in' against the chain of '==' ---------- */

/* s as a protocol string literal. */
static void put_literal(char *out, const char *s)
{
	char *o = out + strlen(out);
	*o++ = '"';
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			*o++ = '\\';
		*o++ = *s;
	}
	*o++ = '"';
	*o = '\0';
}

/* The protocol: checks 'listed' (x in {...}) and 'chain' (x == ... or
 * ...) over the same items, written in the source's own words, so that
 * numbers such as 1.0 and -0 go through the lexer. */
static char *protocol_of(bool text, const char *const *items, int n)
{
	static char src[65536];
	snprintf(src, sizeof src, "protocol t \"T\" {\n  record { x: %s }\n  check listed = x in {",
	         text ? "text" : "number");
	for (int i = 0; i < n; i++) {
		strcat(src, i ? ", " : "");
		if (text)
			put_literal(src, items[i]);
		else
			strcat(src, items[i]);
	}
	strcat(src, "}\n  check chain = ");
	for (int i = 0; i < n; i++) {
		strcat(src, i ? " or x == " : "x == ");
		if (text)
			put_literal(src, items[i]);
		else
			strcat(src, items[i]);
	}
	strcat(src, "\n  stage g \"G\" { step k \"K\" { only if listed and chain } }\n}\n");
	return src;
}

/* The two checks for one value of x (NULL text or NaN number: missing). */
static void both(const plinth_protocol *p, bool text, const char *s, size_t len, double num, enum tri out[2])
{
	struct value v = { .present = text ? s != NULL : num == num, .text = s, .len = len };
	v.num = num;
	uint8_t checks[2] = { 0 };
	bool done[1] = { false };
	struct record r = { &v, checks, done, NULL };
	for (int c = 0; c < 2; c++)
		out[c] = eval_cond(p, &r, p->check_root[c]);
}

static const char *const number_words[] = {
	"1", "1.0", "1.00", "-0", "0", "0.0", "-1", "2", "0.5", "0.50", "-0.5", "3", "1000000",
};
enum { NWORDS = sizeof number_words / sizeof *number_words };

START_TEST(numbers_as_the_chain_of_equalities)
{
	static const double probes[] = { 1, -0.0, 0, -1, 2, 0.5, -0.5, 3, 4, 1e6, 0.25 };
	for (int trial = 0; trial < 60; trial++) {
		const char *items[40];
		int n = 1 + (int)rnd(40);
		for (int i = 0; i < n; i++)
			items[i] = number_words[rnd(NWORDS)];
		plinth_protocol *p = compile_ok(protocol_of(false, items, n));
		for (size_t k = 0; k < sizeof probes / sizeof *probes; k++) {
			enum tri t[2];
			both(p, false, NULL, 0, probes[k], t);
			ck_assert_msg(t[0] == t[1] && t[0] != T_UNKNOWN, "%g: in %d, chain %d", probes[k], t[0], t[1]);
		}
		enum tri t[2];
		both(p, false, NULL, 0, NAN, t); /* missing */
		ck_assert(t[0] == T_UNKNOWN && t[1] == T_UNKNOWN);
		plinth_protocol_free(p);
	}
}
END_TEST

START_TEST(texts_as_the_chain_of_equalities)
{
	for (int trial = 0; trial < 60; trial++) {
		char bufs[40][64];
		const char *items[40];
		int n = 1 + (int)rnd(40);
		for (int i = 0; i < n; i++)
			items[i] = random_text(bufs[i]).s;
		plinth_protocol *p = compile_ok(protocol_of(true, items, n));
		for (int k = 0; k < 100; k++) {
			char buf[64];
			struct xtext x = k < n ? (struct xtext){ items[k], strlen(items[k]) } : random_text(buf);
			enum tri t[2];
			both(p, true, x.s, x.len, 0, t);
			ck_assert_msg(t[0] == t[1] && t[0] != T_UNKNOWN, "'%s': in %d, chain %d", x.s, t[0], t[1]);
		}
		enum tri t[2];
		both(p, true, NULL, 0, 0, t);
		ck_assert(t[0] == T_UNKNOWN && t[1] == T_UNKNOWN);
		plinth_protocol_free(p);
	}
}
END_TEST

/* ---- through records: 'not in', a missing field -------------------- */

START_TEST(not_in_and_missing_through_records)
{
	static const char *const src =
		"protocol t \"T\" {\n"
		"  record { client: text id  code: text  dose: number }\n"
		"  stage g \"G\" {\n"
		"    step in_text \"I\" { only if code in {\"A\", \"\", \"\xc3\xa9\"} }\n"
		"    step out_text \"O\" { only if code not in {\"A\", \"\", \"\xc3\xa9\"} }\n"
		"    step in_number \"N\" { only if dose in {1, -0, 2.5} }\n"
		"    step out_number \"M\" { only if dose not in {1, -0, 2.5} }\n"
		"  }\n"
		"}\n";
	static const struct {
		const char *yaml, *planned, *skipped, *blocked;
	} cases[] = {
		{ "code: A\ndose: 1.0\n", "in_text, in_number", "out_text, out_number", "" },
		{ "code: \"\"\ndose: 0\n", "in_text, in_number", "out_text, out_number", "" },
		{ "code: \"e\xcc\x81\"\ndose: -0.0\n", "out_text, in_number", "in_text, out_number", "" },
		{ "code: a\ndose: 2.4\n", "out_text, out_number", "in_text, in_number", "" },
		{ "client: x\n", "", "", "in_text, out_text, in_number, out_number" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct one o;
		const struct plinth_result *r = one_record(&o, src, cases[i].yaml);
		ck_assert_msg(!r->error, "%s", cases[i].yaml);
		ck_assert_str_eq(plan_of(r), cases[i].planned);
		ck_assert_str_eq(steps_with(r, PLINTH_SKIPPED), cases[i].skipped);
		ck_assert_str_eq(steps_with(r, PLINTH_BLOCKED), cases[i].blocked);
		for (int k = 0; k < r->ndecisions; k++)
			if (r->decisions[k].status == PLINTH_BLOCKED)
				ck_assert_int_eq(r->decisions[k].reasons[0].kind, PLINTH_UNASSESSED);
		one_free(&o);
	}
}
END_TEST

Suite *xlist_suite(void)
{
	Suite *s = suite_create("xlist");
	TCase *t = tcase_create("lookup");
	tcase_add_test(t, texts_as_a_linear_scan);
	tcase_add_test(t, numbers_as_a_linear_scan);
	tcase_add_test(t, zero_and_minus_zero);
	suite_add_tcase(s, t);
	t = tcase_create("in");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, numbers_as_the_chain_of_equalities);
	tcase_add_test(t, texts_as_the_chain_of_equalities);
	tcase_add_test(t, not_in_and_missing_through_records);
	suite_add_tcase(s, t);
	return s;
}

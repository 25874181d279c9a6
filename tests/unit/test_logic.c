/* Three-valued logic: Kleene's and/or/not, missing data making a test
 * unknown, and the tests that are never unknown.  Truth tables are run
 * both on eval_cond with a hand-made record and through YAML records,
 * where a condition's value shows as the status of a step that applies
 * `only if` it: planned (true), skipped (false), unassessed (unknown). */
#include <string.h>

#include "runtime/record.h"

#include "helpers.h"
#include "suites.h"

/* ---- eval_cond on a hand-made record ------------------------------ */

/* Fields a, b (bool); checks in this order. */
static const char *const table_src =
	"protocol t \"T\" {\n"
	"  record { a: bool  b: bool }\n"
	"  check c_and = a and b\n"
	"  check c_or = a or b\n"
	"  check c_not = not a\n"
	"  check c_nand = not (a and b)\n"
	"}\n";
enum { C_AND, C_OR, C_NOT, C_NAND, NCHECKS };

static const enum tri values3[] = { T_TRUE, T_FALSE, T_UNKNOWN };

static void set_bool(struct value *v, enum tri t)
{
	memset(v, 0, sizeof *v);
	v->present = t != T_UNKNOWN;
	v->b = t == T_TRUE;
}

/* The value of check c for a and b. */
static enum tri eval_check(const plinth_protocol *p, int c, enum tri a, enum tri b)
{
	struct value values[2];
	uint8_t checks[NCHECKS] = { 0 };
	bool done[1] = { false };
	set_bool(&values[0], a);
	set_bool(&values[1], b);
	struct record r = { values, checks, done, NULL };
	ck_assert_int_eq(p->nslots, 2);
	ck_assert_int_eq(p->nchecks, NCHECKS);
	return eval_cond(p, &r, p->check_root[c]);
}

static const char *tri_name(enum tri t)
{
	return t == T_TRUE ? "true" : t == T_FALSE ? "false" : "unknown";
}

/* Kleene: false decides `and`, true decides `or`, else unknown wins. */
static enum tri kleene_and(enum tri a, enum tri b)
{
	if (a == T_FALSE || b == T_FALSE)
		return T_FALSE;
	return a == T_TRUE && b == T_TRUE ? T_TRUE : T_UNKNOWN;
}

static enum tri kleene_or(enum tri a, enum tri b)
{
	if (a == T_TRUE || b == T_TRUE)
		return T_TRUE;
	return a == T_FALSE && b == T_FALSE ? T_FALSE : T_UNKNOWN;
}

static enum tri kleene_not(enum tri a)
{
	return a == T_UNKNOWN ? T_UNKNOWN : a == T_TRUE ? T_FALSE : T_TRUE;
}

START_TEST(and_truth_table)
{
	plinth_protocol *p = compile_ok(table_src);
	/* The table written out, so it does not only agree with itself. */
	static const enum tri expect[3][3] = {
		/* b:      true       false    unknown */
		/* true */ { T_TRUE, T_FALSE, T_UNKNOWN },
		/* false */ { T_FALSE, T_FALSE, T_FALSE },
		/* unkn */ { T_UNKNOWN, T_FALSE, T_UNKNOWN },
	};
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++) {
			enum tri got = eval_check(p, C_AND, values3[i], values3[j]);
			ck_assert_int_eq(expect[i][j], kleene_and(values3[i], values3[j]));
			ck_assert_msg(got == expect[i][j], "%s and %s: got %s", tri_name(values3[i]),
			              tri_name(values3[j]), tri_name(got));
		}
	plinth_protocol_free(p);
}
END_TEST

START_TEST(or_truth_table)
{
	plinth_protocol *p = compile_ok(table_src);
	static const enum tri expect[3][3] = {
		/* b:      true      false      unknown */
		/* true */ { T_TRUE, T_TRUE, T_TRUE },
		/* false */ { T_TRUE, T_FALSE, T_UNKNOWN },
		/* unkn */ { T_TRUE, T_UNKNOWN, T_UNKNOWN },
	};
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++) {
			enum tri got = eval_check(p, C_OR, values3[i], values3[j]);
			ck_assert_int_eq(expect[i][j], kleene_or(values3[i], values3[j]));
			ck_assert_msg(got == expect[i][j], "%s or %s: got %s", tri_name(values3[i]),
			              tri_name(values3[j]), tri_name(got));
		}
	plinth_protocol_free(p);
}
END_TEST

START_TEST(not_truth_table)
{
	plinth_protocol *p = compile_ok(table_src);
	ck_assert_int_eq(eval_check(p, C_NOT, T_TRUE, T_TRUE), T_FALSE);
	ck_assert_int_eq(eval_check(p, C_NOT, T_FALSE, T_TRUE), T_TRUE);
	ck_assert_int_eq(eval_check(p, C_NOT, T_UNKNOWN, T_TRUE), T_UNKNOWN);
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++)
			ck_assert_int_eq(eval_check(p, C_NAND, values3[i], values3[j]),
			                 kleene_not(kleene_and(values3[i], values3[j])));
	plinth_protocol_free(p);
}
END_TEST

/* ---- through YAML records ----------------------------------------- */

#define LOGIC_RECORD                           \
	"  record {\n"                         \
	"    a: bool\n"                        \
	"    b: bool\n"                        \
	"    n: int\n"                         \
	"    m: number\n"                      \
	"    s: set of {x, y, z}\n"            \
	"    e: one of {p, q}\n"               \
	"    txt: text\n"                      \
	"    deep.v: int\n"                    \
	"  }\n"

/* 'T', 'F' or 'U': the value of cond for the record yaml, seen as the
 * status of step k `only if` it; 'E' for a record error, '?' otherwise. */
static char truth_of(const char *cond, const char *yaml)
{
	char src[2048];
	snprintf(src, sizeof src,
	         "protocol t \"T\" {\n" LOGIC_RECORD
	         "  check c = %s\n"
	         "  stage g \"G\" { step k \"K\" { only if c } }\n"
	         "}\n",
	         cond);
	struct one o;
	const struct plinth_result *r = one_record(&o, src, yaml);
	char t = '?';
	if (r->error)
		t = 'E';
	else {
		const struct plinth_decision *d = decision(r, "k");
		if (d->status == PLINTH_PLANNED)
			t = 'T';
		else if (d->status == PLINTH_SKIPPED)
			t = 'F';
		else if (d->status == PLINTH_BLOCKED && d->nreasons == 1 && d->reasons[0].kind == PLINTH_UNASSESSED)
			t = 'U';
	}
	one_free(&o);
	return t;
}

#define ck_truth(cond, yaml, expected)                                                    \
	do {                                                                              \
		char got_ = truth_of((cond), (yaml));                                     \
		ck_assert_msg(got_ == (expected), "'%s' with {%s}: %c, expected %c", (cond), \
		              (yaml), got_, (expected));                                  \
	} while (0)

static const char *bool_yaml(char v, const char *key)
{
	static char buf[2][32];
	char *b = buf[key[0] == 'b'];
	snprintf(b, 32, "%s: %s\n", key, v == 'T' ? "true" : v == 'F' ? "false" : "~");
	return b;
}

START_TEST(truth_tables_through_records)
{
	static const char v[] = "TFU";
	static const char *const and_table[3] = { "TFU", "FFF", "UFU" };
	static const char *const or_table[3] = { "TTT", "TFU", "TUU" };
	for (int i = 0; i < 3; i++) {
		for (int j = 0; j < 3; j++) {
			char yaml[128];
			snprintf(yaml, sizeof yaml, "%s%s", bool_yaml(v[i], "a"), bool_yaml(v[j], "b"));
			ck_truth("a and b", yaml, and_table[i][j]);
			ck_truth("a or b", yaml, or_table[i][j]);
			ck_truth("b and a", yaml, and_table[j][i]);
			ck_truth("b or a", yaml, or_table[j][i]);
		}
		ck_truth("not a", bool_yaml(v[i], "a"), "FTU"[i]);
		ck_truth("not not a", bool_yaml(v[i], "a"), v[i]);
	}
}
END_TEST

START_TEST(constants)
{
	ck_truth("true", "a: true\n", 'T');
	ck_truth("false", "a: true\n", 'F');
	ck_truth("not false", "a: true\n", 'T');
	ck_truth("false and a", "b: true\n", 'F');
	ck_truth("true or a", "b: true\n", 'T');
	ck_truth("true and a", "b: true\n", 'U');
}
END_TEST

/* A comparison that reads a missing field is unknown, whatever the
 * operator; with the field present it is decided. */
START_TEST(missing_field_makes_comparison_unknown)
{
	static const char *const ops[] = { "==", "!=", "<", "<=", ">", ">=" };
	static const char present[] = "FTFFTT"; /* n = 5 against 3 */
	for (int i = 0; i < 6; i++) {
		char cond[32];
		snprintf(cond, sizeof cond, "n %s 3", ops[i]);
		ck_truth(cond, "a: true\n", 'U');
		ck_truth(cond, "n: 5\n", present[i]);
		snprintf(cond, sizeof cond, "3 %s n", ops[i]);
		ck_truth(cond, "a: true\n", 'U');
	}
	ck_truth("n == n", "a: true\n", 'U');
	ck_truth("m > 1.5", "n: 1\n", 'U');
	ck_truth("e == p", "a: true\n", 'U');
	ck_truth("e != p", "a: true\n", 'U');
	ck_truth("e in {p}", "a: true\n", 'U');
	ck_truth("e not in {p}", "a: true\n", 'U');
	ck_truth("txt == \"hi\"", "a: true\n", 'U');
	ck_truth("txt != \"hi\"", "a: true\n", 'U');
	ck_truth("n in 0..10", "a: true\n", 'U');
	ck_truth("n not in 0..10", "a: true\n", 'U');
	ck_truth("n in {1, 2}", "a: true\n", 'U');
	ck_truth("deep.v > 0", "deep: {}\n", 'U');
	ck_truth("deep.v > 0", "deep: {v: 1}\n", 'T');
	ck_truth("a", "b: true\n", 'U');
}
END_TEST

/* `~`, `null` and an empty value are missing, like an absent key. */
START_TEST(null_is_missing)
{
	ck_truth("n > 3", "n: ~\n", 'U');
	ck_truth("n > 3", "n: null\n", 'U');
	ck_truth("n > 3", "n:\n", 'U');
	ck_truth("a", "a: ~\n", 'U');
	ck_truth("e == p", "e: null\n", 'U');
	ck_truth("txt == \"x\"", "txt:\n", 'U');
	ck_truth("x in s", "s: ~\n", 'U');
	ck_truth("n is missing", "n: ~\n", 'T');
	ck_truth("n is missing", "n:\n", 'T');
	ck_truth("n is missing", "n: null\n", 'T');
	ck_truth("deep.v is missing", "deep: ~\n", 'T');
}
END_TEST

/* `is missing` and `is known` are never unknown. */
START_TEST(missing_and_known_never_unknown)
{
	ck_truth("n is missing", "a: true\n", 'T');
	ck_truth("n is missing", "n: 0\n", 'F');
	ck_truth("n is not missing", "a: true\n", 'F');
	ck_truth("n is not missing", "n: 0\n", 'T');
	ck_truth("n is known", "a: true\n", 'F');
	ck_truth("n is known", "n: 0\n", 'T');
	ck_truth("n is not known", "a: true\n", 'T');
	ck_truth("n is not known", "n: 0\n", 'F');
	ck_truth("s is known", "s: []\n", 'T');
	ck_truth("s is missing", "a: true\n", 'T');
	ck_truth("deep.v is known", "a: true\n", 'F');
	ck_truth("a is known", "a: false\n", 'T');
	/* They decide what would otherwise be unknown. */
	ck_truth("n is missing or n > 3", "a: true\n", 'T');
	ck_truth("n is known and n > 3", "a: true\n", 'F');
	ck_truth("not (n is missing)", "a: true\n", 'F');
}
END_TEST

/* count() of a missing set is unknown; duplicates count once. */
START_TEST(count_of_missing_set)
{
	ck_truth("count(s) == 0", "a: true\n", 'U');
	ck_truth("count(s) >= 0", "s: ~\n", 'U');
	ck_truth("count(s) == 0", "s: []\n", 'T');
	ck_truth("count(s) == 2", "s: [x, y]\n", 'T');
	ck_truth("count(s) == 2", "s: [x, x, y, x]\n", 'T');
	ck_truth("count(s) + 1 > 3", "s: [x, y, z]\n", 'T');
}
END_TEST

/* Membership and emptiness of a missing set are unknown. */
START_TEST(missing_set_tests)
{
	ck_truth("x in s", "a: true\n", 'U');
	ck_truth("x not in s", "a: true\n", 'U');
	ck_truth("s is empty", "a: true\n", 'U');
	ck_truth("s is not empty", "a: true\n", 'U');
	ck_truth("s is empty", "s: []\n", 'T');
	ck_truth("s is not empty", "s: [z]\n", 'T');
	ck_truth("x in s", "s: [y, x]\n", 'T');
	ck_truth("x in s", "s: [y]\n", 'F');
	ck_truth("x not in s", "s: [y]\n", 'T');
}
END_TEST

/* Division by zero has no value: unknown, like missing data. */
START_TEST(division_by_zero_is_unknown)
{
	ck_truth("n / 0 > 1", "n: 5\n", 'U');
	ck_truth("n / 0 == 1", "n: 0\n", 'U');
	ck_truth("m / n > 1", "m: 3\nn: 0\n", 'U');
	ck_truth("not (m / n > 1)", "m: 3\nn: 0\n", 'U');
	ck_truth("m / n > 1 or true", "m: 3\nn: 0\n", 'T');
	ck_truth("m / n > 1 and false", "m: 3\nn: 0\n", 'F');
	ck_truth("m / n == 1.5", "m: 3\nn: 2\n", 'T');
	ck_truth("(m / n) * 0 == 0", "m: 3\nn: 0\n", 'U');
}
END_TEST

/* Nor has arithmetic past the largest number: an infinity or a NaN
 * would compare as if decided (1e300 * 1e300 - 1e300 * 1e300 <= 0 was
 * true). */
START_TEST(overflow_is_unknown)
{
	char yaml[400], cond[800];
	snprintf(yaml, sizeof yaml, "m: 1%0300d\n", 0); /* 1e300, the largest a record holds */
	ck_truth("m * m > 0", yaml, 'U');
	ck_truth("m * m - m * m <= 0", yaml, 'U');
	ck_truth("(m * m) / (m * m) > 2", yaml, 'U');
	ck_truth("0 - m * m < 0", yaml, 'U');
	ck_truth("m * m in 0..1", yaml, 'U');
	ck_truth("m * m not in {1, 2}", yaml, 'U');
	ck_truth("m * m > 0 or true", yaml, 'T');
	ck_truth("m * m > 0 and false", yaml, 'F');
	ck_truth("m + m > m", yaml, 'T'); /* 2e300 is still a number */
	ck_truth("m / 1000 * 1000 == m", yaml, 'T');
	snprintf(cond, sizeof cond, "1%0300d * 1%0300d > 2", 0, 0); /* the same in constants */
	ck_truth(cond, "a: true\n", 'U');
}
END_TEST

/* Arithmetic on a missing value is unknown. */
START_TEST(arithmetic_with_missing)
{
	ck_truth("n + m > 1", "n: 5\n", 'U');
	ck_truth("n * 0 == 0", "m: 1\n", 'U');
	ck_truth("n - m == 1.5", "n: 3\nm: 1.5\n", 'T');
}
END_TEST

Suite *logic_suite(void)
{
	Suite *s = suite_create("logic");
	TCase *t = tcase_create("kleene");
	tcase_add_test(t, and_truth_table);
	tcase_add_test(t, or_truth_table);
	tcase_add_test(t, not_truth_table);
	tcase_add_test(t, truth_tables_through_records);
	tcase_add_test(t, constants);
	suite_add_tcase(s, t);
	t = tcase_create("missing");
	tcase_add_test(t, missing_field_makes_comparison_unknown);
	tcase_add_test(t, null_is_missing);
	tcase_add_test(t, missing_and_known_never_unknown);
	tcase_add_test(t, count_of_missing_set);
	tcase_add_test(t, missing_set_tests);
	tcase_add_test(t, division_by_zero_is_unknown);
	tcase_add_test(t, overflow_is_unknown);
	tcase_add_test(t, arithmetic_with_missing);
	suite_add_tcase(s, t);
	return s;
}

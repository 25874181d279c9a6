/* The tables that define each concept once (include/plinth.h,
 * base/ops.h, compiler/diag_codes.h) hold together, and what cannot be
 * generated from them, the bash completion, agrees with them. */
#include <stdlib.h>
#include <string.h>

#include "base/ops.h"
#include "compiler/diag.h"
#include "runtime/output.h"

#include "helpers.h"
#include "suites.h"

/* The words the completion offers for `case` pattern `pattern`, as
 * written: "text json tsv". */
static char *completion_words(const char *pattern)
{
	char *src = read_source_file("completions/plinth.bash", NULL);
	const char *at = strstr(src, pattern);
	ck_assert_msg(at != NULL, "completions/plinth.bash has no case for %s", pattern);
	const char *open = strchr(at, '\'');
	ck_assert_ptr_nonnull(open);
	const char *close = strchr(open + 1, '\'');
	ck_assert_ptr_nonnull(close);
	char *words = strndup(open + 1, (size_t)(close - open - 1));
	free(src);
	return words;
}

/* words[0..n) and then `more` (may be NULL), separated by spaces. */
static void joined(char *buf, size_t size, const char *const *words, int n, const char *more)
{
	buf[0] = '\0';
	for (int i = 0; i < n; i++)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", i ? " " : "", words[i]);
	if (more)
		snprintf(buf + strlen(buf), size - strlen(buf), " %s", more);
}

static void expect_completion(const char *pattern, const char *const *words, int n, const char *more)
{
	char want[512];
	joined(want, sizeof want, words, n, more);
	char *got = completion_words(pattern);
	ck_assert_msg(!strcmp(got, want), "completions/plinth.bash offers '%s' for %s; the tables say '%s'", got,
	              pattern, want);
	free(got);
}

START_TEST(completion_offers_every_format)
{
#define NAME(name, word, ...) word,
	static const char *const formats[] = { PLINTH_FORMATS(NAME) };
#undef NAME
#define EXPLAINING(name, word, explains) explains ? word : NULL,
	static const char *const explaining[] = { PLINTH_FORMATS(EXPLAINING) };
#undef EXPLAINING
	const char *some[sizeof explaining / sizeof *explaining];
	int n = 0;
	for (size_t i = 0; i < sizeof explaining / sizeof *explaining; i++)
		if (explaining[i])
			some[n++] = explaining[i];
	expect_completion("plan:-f |", formats, sizeof formats / sizeof *formats, NULL);
	expect_completion("explain:-f |", some, n, NULL);
}
END_TEST

START_TEST(completion_offers_every_status_and_kind)
{
#define NAME(name, word, ...) word,
	static const char *const statuses[] = { PLINTH_STATUSES(NAME) };
	static const char *const blocking[] = { PLINTH_BLOCKING_REASON_KINDS(NAME) };
#undef NAME
	expect_completion("plan:--only)", statuses, sizeof statuses / sizeof *statuses, NULL);
	expect_completion("plan:--fail-on)", blocking, sizeof blocking / sizeof *blocking, "blocked");
}
END_TEST

START_TEST(statuses_listed_once_each)
{
	bool seen[NSTATUSES] = { false };
	for (int i = 0; i < NSTATUSES; i++) {
		ck_assert_msg(!seen[listed_statuses[i]], "status %s listed twice",
		              plinth_status_name(listed_statuses[i]));
		seen[listed_statuses[i]] = true;
	}
	ck_assert_int_eq(listed_statuses[0], PLINTH_PLANNED);
	ck_assert_int_eq(listed_statuses[NSTATUSES - 1], PLINTH_SKIPPED);
}
END_TEST

START_TEST(names_follow_the_enums)
{
	ck_assert_str_eq(plinth_status_name(PLINTH_DONE), "done");
	ck_assert_str_eq(plinth_reason_kind_name(PLINTH_CAUTION), "caution");
	ck_assert_str_eq(plinth_reason_kind_name(PLINTH_UNMET), "unmet");
	ck_assert_str_eq(diag_code_name(DIAG_UNDEFINED_NAME), "undefined-name");
	ck_assert_str_eq(diag_code_name(DIAG_EMPTY_STAGE), "empty-stage");
}
END_TEST

/* Swapping the sides twice, or negating twice, gives the operator back;
 * so does swapping a negation and negating a swap, in either order. */
START_TEST(comparisons_turn_consistently)
{
	static const enum cmp all[] = {
#define OP(name, ...) C_##name,
		CMP_OPS(OP)
#undef OP
	};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
		enum cmp op = all[i];
		ck_assert_int_eq(cmp_swapped(cmp_swapped(op)), op);
		ck_assert_int_eq(cmp_negated(cmp_negated(op)), op);
		ck_assert_int_eq(cmp_swapped(cmp_negated(op)), cmp_negated(cmp_swapped(op)));
		ck_assert_int_ne(cmp_negated(op), op);
		ck_assert_int_eq(cmp_orders(cmp_swapped(op)), cmp_orders(op));
	}
	ck_assert_str_eq(cmp_spelling(C_LE), "<=");
	ck_assert_int_eq(cmp_swapped(C_LT), C_GT);
	ck_assert_int_eq(cmp_negated(C_LT), C_GE);
	ck_assert_str_eq(arith_spelling(A_DIV), "/");
}
END_TEST

Suite *tables_suite(void)
{
	Suite *s = suite_create("tables");
	TCase *t = tcase_create("tables");
	tcase_add_test(t, completion_offers_every_format);
	tcase_add_test(t, completion_offers_every_status_and_kind);
	tcase_add_test(t, statuses_listed_once_each);
	tcase_add_test(t, names_follow_the_enums);
	tcase_add_test(t, comparisons_turn_consistently);
	suite_add_tcase(s, t);
	return s;
}

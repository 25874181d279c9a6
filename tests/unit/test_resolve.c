/* Name resolution and type checking: every compile error kind of
 * language.md with its message and place, and names resolving the way
 * the language says (check, then field; a member beside an enum or set
 * operand). */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "suites.h"

/* Lines 1-12; what a test adds starts on line 13, then the protocol's
 * closing brace. */
#define HEAD                                         \
	"protocol t \"T\" {\n"                       \
	"  reference ref1 \"R\"\n"                   \
	"  record {\n"                               \
	"    name: text\n"                           \
	"    age: int in 0..120\n"                   \
	"    score: number\n"                        \
	"    ok: bool\n"                             \
	"    tilt: one of {neutral, anterior, posterior}\n" \
	"    lordosis: one of {normal, hyper, hypo}\n"      \
	"    muscles: set of {ql, rf, gm}\n"         \
	"    posture.improved: bool\n"               \
	"  }\n"
#define PROTO(body) HEAD body "}\n"

/* ---- undefined names --------------------------------------------- */

/* The example of language.md. */
START_TEST(undefined_field_with_suggestion)
{
	expect_error(PROTO("check c = postur.improved\n"), "undefined-name", 13, 11,
	             "no field 'postur.improved'; did you mean 'posture.improved'?");
}
END_TEST

START_TEST(undefined_value_name)
{
	expect_error(PROTO("check c = scroe > 1\n"), "undefined-name", 13, 11,
	             "no field 'scroe'; did you mean 'score'?");
	expect_error(PROTO("check c = zzz_qqq > 1\n"), "undefined-name", 13, 11, "no field 'zzz_qqq'");
	expect_error(PROTO("check c = agee is missing\n"), "undefined-name", 13, 11,
	             "no field 'agee'; did you mean 'age'?");
	expect_error(PROTO("check c = ql in muscle\n"), "undefined-name", 13, 17,
	             "no field 'muscle'; did you mean 'muscles'?");
	expect_error(PROTO("check c = count(muscels) > 1\n"), "undefined-name", 13, 17,
	             "no field 'muscels'; did you mean 'muscles'?");
}
END_TEST

/* A bare name as a condition may be a check or a field: both are
 * offered. */
START_TEST(undefined_condition_name)
{
	expect_error(PROTO("check sitting = age > 3\ncheck c = siting\n"), "undefined-name", 14, 11,
	             "no check or field 'siting'; did you mean 'sitting'?");
	expect_error(PROTO("check c = ok and posture.improvd\n"), "undefined-name", 13, 18,
	             "no field 'posture.improvd'; did you mean 'posture.improved'?");
}
END_TEST

START_TEST(undefined_after_target)
{
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step first \"F\"\n"
	                   "step b \"B\" { after frist }\n"
	                   "}\n"),
	             "undefined-name", 15, 20, "no step or stage 'frist'; did you mean 'first'?");
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step b \"B\" { after nowhere_at_all }\n"
	                   "}\n"),
	             "undefined-name", 14, 20, "no step or stage 'nowhere_at_all'");
}
END_TEST

START_TEST(undefined_cite)
{
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step a \"A\" { contraindicated if ok \"bad\" cite ref2 }\n"
	                   "}\n"),
	             "undefined-name", 14, 47, "no reference 'ref2'; did you mean 'ref1'?");
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step a \"A\" { contraindicated if ok \"bad\" cite ref1, smith1999 }\n"
	                   "}\n"),
	             "undefined-name", 14, 53, "no reference 'smith1999'");
}
END_TEST

/* ---- duplicates -------------------------------------------------- */

START_TEST(duplicate_field)
{
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    a: int\n"
	             "    a: bool\n"
	             "  }\n"
	             "}\n",
	             "duplicate-name", 4, 5, "field 'a' is already declared at line 3");
	/* A field cannot also be a mapping of other fields. */
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    a: int\n"
	             "    a.b: bool\n"
	             "  }\n"
	             "}\n",
	             "duplicate-name", 4, 5, "field 'a.b' overlaps field 'a' (line 3): a field cannot hold other fields");
}
END_TEST

START_TEST(duplicate_check)
{
	expect_error(PROTO("check c = ok\ncheck c = true\n"), "duplicate-name", 14, 7,
	             "check 'c' is already declared at line 13");
}
END_TEST

START_TEST(duplicate_step)
{
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step a \"A\"\n"
	                   "}\n"
	                   "stage u \"U\" {\n"
	                   "step a \"A again\"\n"
	                   "}\n"),
	             "duplicate-name", 17, 6, "step 'a' is already declared at line 14");
}
END_TEST

START_TEST(duplicate_stage)
{
	expect_error(PROTO("stage s \"S\" { step a \"A\" }\n"
	                   "stage s \"S again\" { step b \"B\" }\n"),
	             "duplicate-name", 14, 7, "stage 's' is already declared at line 13");
}
END_TEST

/* Steps and stages share one namespace. */
START_TEST(step_and_stage_share_names)
{
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step u \"A\"\n"
	                   "}\n"
	                   "stage u \"U\" { step b \"B\" }\n"),
	             "duplicate-name", 16, 7,
	             "'u' is already a step (line 14); steps and stages share one namespace");
}
END_TEST

START_TEST(duplicate_reference)
{
	expect_error("protocol t \"T\" {\n"
	             "  reference r \"one\"\n"
	             "  reference r \"two\"\n"
	             "  record { }\n"
	             "}\n",
	             "duplicate-name", 3, 13, "reference 'r' is already declared at line 2");
}
END_TEST

START_TEST(duplicate_member)
{
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    s: set of {a, b, a}\n"
	             "  }\n"
	             "}\n",
	             "duplicate-name", 3, 22, "'a' is listed twice");
}
END_TEST

/* At most one id; `done` is the record's list of completed steps. */
START_TEST(id_and_reserved_done)
{
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    a: text id\n"
	             "    b: text id\n"
	             "  }\n"
	             "}\n",
	             "id", 4, 5, "'b' is marked id, but 'a' (line 3) already is; a record has one id");
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    done: bool\n"
	             "  }\n"
	             "}\n",
	             "reserved-name", 3, 5, "'done' is reserved for the list of steps already completed");
}
END_TEST

/* The record's top-level `done` key is the list of completed steps, so
 * no field can live under it either. */
START_TEST(field_under_done_rejected)
{
	expect_error_with("protocol t \"T\" {\n"
	                  "  record {\n"
	                  "    done.x: int\n"
	                  "  }\n"
	                  "}\n",
	                  "reserved-name", 3, 5, "'done'");
}
END_TEST

/* A backtick segment containing a dot is one YAML key, so `a.b` (key
 * "a.b") and a.b (key b inside a) are different fields. */
START_TEST(backtick_segment_with_dot_is_one_key)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record {\n"
	                  "    `a.b`: int\n"
	                  "    a.b: int\n"
	                  "  }\n"
	                  "  check c = `a.b` == 1 and a.b == 5\n"
	                  "  stage s \"S\" { step k \"K\" { only if c } }\n"
	                  "}\n";
	plinth_diagnostics *d;
	plinth_protocol *p = compile_src(src, &d);
	ck_assert_msg(p != NULL, "does not compile:\n%s", diags_text(d));
	plinth_diagnostics_free(d);
	struct run run;
	run_open(&run, p, "a.b: 1\na: {b: 5}\n", 0);
	const struct plinth_result *r = run_next(&run);
	ck_assert_ptr_null(r->error);
	ck_assert_int_eq(decision(r, "k")->status, PLINTH_PLANNED);
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* FILE:LINE:COL: error: MESSAGE, the source line, and a caret under the
 * place, columns counted in characters. */
START_TEST(diagnostics_printed_with_caret)
{
	const char *src = PROTO("check c = postur.improved\n"
	                        "check d = \"\xc3\xa9\" == zz\n");
	plinth_diagnostics *d;
	plinth_protocol *p = compile_src(src, &d);
	ck_assert_ptr_null(p);
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(f);
	plinth_diagnostics_print(f, d);
	fclose(f);
	ck_assert_str_eq(out,
	                 "t.plinth:13:11: error: no field 'postur.improved'; did you mean 'posture.improved'?\n"
	                 "check c = postur.improved\n"
	                 "          ^~~~~~~~~~~~~~~\n"
	                 "t.plinth:14:18: error: no field 'zz'\n"
	                 "check d = \"\xc3\xa9\" == zz\n"
	                 "                 ^~\n");
	free(out);
	plinth_diagnostics_free(d);
}
END_TEST

/* ---- types ------------------------------------------------------- */

/* Comparing text with a number; the wording of the message is ours. */
START_TEST(text_compared_with_number)
{
	expect_error_with(PROTO("check c = name == 3\n"), "type", 13, 11, "cannot compare", "text", "a number");
	expect_error_with(PROTO("check c = age != \"three\"\n"), "type", 13, 11, "cannot compare", "text",
	                  "a number");
	expect_error_with(PROTO("check c = ok == 1\n"), "type", 13, 11, "cannot compare");
}
END_TEST

/* `<` on an enum: its members have no order. */
START_TEST(order_on_enum)
{
	expect_error(PROTO("check c = tilt < anterior\n"), "type", 13, 11,
	             "'<' needs numbers; a one-of value (its members have no order) can only be compared with == or !=");
	expect_error_with(PROTO("check c = name >= \"m\"\n"), "type", 13, 11, "'>=' needs numbers");
}
END_TEST

/* A set is not a condition, nor is a number or text field. */
START_TEST(set_used_as_condition)
{
	expect_error(PROTO("check c = muscles\n"), "type", 13, 11,
	             "'muscles' is a set, not a condition; write 'MEMBER in muscles' or 'muscles is not empty'");
	expect_error(PROTO("check c = ok and not muscles\n"), "type", 13, 22,
	             "'muscles' is a set, not a condition; write 'MEMBER in muscles' or 'muscles is not empty'");
	expect_error(PROTO("check c = age\n"), "type", 13, 11,
	             "'age' is an int field, not a condition; compare it, as in 'age == ...'");
	expect_error_with(PROTO("check c = 3\n"), "type", 13, 11, "not a condition");
	expect_error_with(PROTO("check c = muscles == muscles\n"), "type", 13, 11, "a set cannot be compared");
}
END_TEST

START_TEST(other_type_errors)
{
	expect_error(PROTO("check c = name + 1 > 2\n"), "type", 13, 11, "arithmetic needs numbers, not text");
	expect_error(PROTO("check c = count(age) > 1\n"), "type", 13, 17, "count() needs a set field; 'age' is an int field");
	expect_error(PROTO("check c = age is empty\n"), "type", 13, 11, "'is empty' needs a set field; 'age' is an int field");
	expect_error(PROTO("check c = anterior in tilt\n"), "type", 13, 23,
	             "'in tilt' needs a set field; 'tilt' is a one-of field (compare it with ==)");
	expect_error(PROTO("check c = tilt == lordosis\n"), "type", 13, 11,
	             "'tilt' and 'lordosis' have different members and cannot be compared");
	expect_error(PROTO("check c = name in 1..5\n"), "type", 13, 11, "a range needs a number, not text");
	expect_error(PROTO("check c = age in {1, \"two\"}\n"), "type", 13, 22,
	             "the list holds text, but the value is a number");
	expect_error(PROTO("check c = name in {bob}\n"), "type", 13, 20,
	             "the list holds a bare name, but the value is text (write text in double quotes)");
}
END_TEST

/* ---- members ----------------------------------------------------- */

START_TEST(member_outside_set)
{
	expect_error(PROTO("check c = xx in muscles\n"), "member", 13, 11,
	             "'xx' is not a member of 'muscles' (ql, rf, gm)");
	expect_error(PROTO("check c = xx not in muscles\n"), "member", 13, 11,
	             "'xx' is not a member of 'muscles' (ql, rf, gm)");
	expect_error(PROTO("check c = \"hamstring\" in muscles\n"), "member", 13, 11,
	             "'hamstring' is not a member of 'muscles' (ql, rf, gm)");
}
END_TEST

START_TEST(member_outside_enum)
{
	expect_error(PROTO("check c = tilt == sideways\n"), "member", 13, 19,
	             "'sideways' is not a member of 'tilt' (neutral, anterior, posterior)");
	expect_error(PROTO("check c = tilt == anterio\n"), "member", 13, 19,
	             "'anterio' is not a member of 'tilt' (neutral, anterior, posterior); did you mean 'anterior'?");
	/* A string beside an enum is checked against its members too. */
	expect_error(PROTO("check c = tilt != \"upward\"\n"), "member", 13, 19,
	             "'upward' is not a member of 'tilt' (neutral, anterior, posterior)");
	/* The member may be written first. */
	expect_error(PROTO("check c = sideways == tilt\n"), "member", 13, 11,
	             "'sideways' is not a member of 'tilt' (neutral, anterior, posterior)");
	expect_error(PROTO("check c = tilt in {neutral, up}\n"), "member", 13, 29,
	             "'up' is not a member of 'tilt' (neutral, anterior, posterior)");
	expect_error_with(PROTO("check c = tilt in {neutral, 1}\n"), "member", 13, 29, "1 is not a member of 'tilt'");
}
END_TEST

/* ---- ranges and sizes -------------------------------------------- */

START_TEST(range_low_above_high)
{
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    x: int in 10..0\n"
	             "  }\n"
	             "}\n",
	             "range", 3, 15, "empty range 10..0: the low end is greater than the high end");
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    x: number in 2.5..-1\n"
	             "  }\n"
	             "}\n",
	             "range", 3, 18, "empty range 2.5..-1: the low end is greater than the high end");
	expect_error(PROTO("check c = age in 10..1\n"), "range", 13, 18,
	             "empty range 10..1: the low end is greater than the high end");
}
END_TEST

/* A range with A == B holds one value; negative ends are fine. */
START_TEST(range_bounds_accepted)
{
	plinth_protocol *p = compile_ok("protocol t \"T\" {\n"
	                                "  record {\n"
	                                "    x: int in 5..5\n"
	                                "    y: number in -10.5..-0.5\n"
	                                "  }\n"
	                                "  check c = x in -3..5 and y in -1..-1\n"
	                                "}\n");
	plinth_protocol_free(p);
}
END_TEST

START_TEST(int_range_needs_whole_numbers)
{
	expect_error("protocol t \"T\" {\n"
	             "  record {\n"
	             "    x: int in 0.5..3\n"
	             "  }\n"
	             "}\n",
	             "type", 3, 15, "an int range needs whole numbers, not 0.5..3");
}
END_TEST

/* A protocol with a set or one-of type of n members m0..m(n-1). */
static char *members_protocol(const char *kind, int n)
{
	size_t cap = 64 + 8 * (size_t)n + 256;
	char *s = malloc(cap);
	ck_assert_ptr_nonnull(s);
	int k = snprintf(s, cap, "protocol t \"T\" {\n  record {\n    x: %s of {", kind);
	for (int i = 0; i < n; i++)
		k += snprintf(s + k, cap - (size_t)k, "%sm%d", i ? ", " : "", i);
	snprintf(s + k, cap - (size_t)k, "}\n  }\n}\n");
	return s;
}

/* Column of member m64 on line 3 of members_protocol. */
static int column_of_m64(const char *src)
{
	const char *line3 = strchr(strchr(src, '\n') + 1, '\n') + 1;
	return (int)(strstr(line3, "m64") - line3) + 1;
}

START_TEST(at_most_64_members)
{
	char *ok = members_protocol("set", 64);
	plinth_protocol_free(compile_ok(ok));
	free(ok);
	ok = members_protocol("one", 64);
	plinth_protocol_free(compile_ok(ok));
	free(ok);

	char *bad = members_protocol("set", 65);
	expect_error(bad, "set-size", 3, column_of_m64(bad), "65 members; a 'set of' type holds at most 64");
	free(bad);
	bad = members_protocol("one", 65);
	expect_error(bad, "set-size", 3, column_of_m64(bad), "65 members; a 'one of' type holds at most 64");
	free(bad);
}
END_TEST

/* ---- cycles and after -------------------------------------------- */

START_TEST(check_cycle)
{
	expect_error(PROTO("check a = b\ncheck b = a\n"), "cycle", 13, 7, "check cycle: a -> b -> a");
	expect_error(PROTO("check a = not a\n"), "cycle", 13, 7, "check cycle: a -> a");
	expect_error(PROTO("check a = ok and b\ncheck b = c or ok\ncheck c = a\n"), "cycle", 13, 7,
	             "check cycle: a -> b -> c -> a");
}
END_TEST

/* The message shows the cycle in plan order: `x -> y` means y comes
 * after x. */
START_TEST(after_cycle)
{
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step a \"A\" { after c }\n"
	                   "step b \"B\" { after a }\n"
	                   "step c \"C\" { after b }\n"
	                   "}\n"),
	             "cycle", 14, 6, "'after' cycle: a -> b -> c -> a");
	expect_error_with(PROTO("stage s \"S\" {\n"
	                        "step a \"A\" { after a }\n"
	                        "}\n"),
	                  "cycle", 14, 6, "'after' cycle", "a -> a");
}
END_TEST

/* `after` may not point to a later stage. */
START_TEST(backward_after)
{
	expect_error(PROTO("stage s1 \"One\" {\n"
	                   "step a \"A\" { after b }\n"
	                   "}\n"
	                   "stage s2 \"Two\" {\n"
	                   "step b \"B\"\n"
	                   "}\n"),
	             "after-order", 14, 20,
	             "'b' is in the later stage 's2'; a step can only come after steps of its own or an earlier stage");
	expect_error_with(PROTO("stage s1 \"One\" {\n"
	                        "after s2\n"
	                        "step a \"A\"\n"
	                        "}\n"
	                        "stage s2 \"Two\" {\n"
	                        "step b \"B\"\n"
	                        "}\n"),
	                  "after-order", 14, 7, "'s2'", "later");
}
END_TEST

/* A step cannot come after its own stage, nor a stage after itself. */
START_TEST(after_own_stage)
{
	expect_error(PROTO("stage s \"S\" {\n"
	                   "step a \"A\" { after s }\n"
	                   "}\n"),
	             "cycle", 14, 20, "a step cannot come after its own stage 's'");
	expect_error(PROTO("stage s \"S\" {\n"
	                   "after s\n"
	                   "step a \"A\"\n"
	                   "}\n"),
	             "cycle", 14, 7, "stage 's' cannot come after itself");
}
END_TEST

/* Every error of a file in one run. */
START_TEST(all_errors_in_one_run)
{
	const char *text;
	int n = count_errors(PROTO("check a = agee > 3\n"
	                           "check a = ok\n"
	                           "check b = tilt < anterior\n"
	                           "check d = xx in muscles\n"
	                           "stage s \"S\" {\n"
	                           "step x \"X\" { after nothing contraindicated if ok \"r\" cite nobody }\n"
	                           "step y \"Y\" { after y }\n"
	                           "}\n"),
	                     &text);
	ck_assert_msg(n == 7, "%d errors:\n%s", n, text);
}
END_TEST

/* ---- correct resolution, seen through evaluation ------------------ */

#define STEP_IF(cond) "stage s \"S\" {\n  step a \"A\" { only if " cond " }\n}\n"

/* Status of step a in protocol src for the record yaml. */
static enum plinth_status status_of_a(const char *src, const char *yaml)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, src, yaml);
	ck_assert_msg(!r->error, "record error: %s", r->error);
	enum plinth_status s = decision(r, "a")->status;
	one_free(&o);
	return s;
}

/* A bare name is a check before it is a field. */
START_TEST(bare_name_is_check_then_field)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record { flag: bool  age: int }\n"
	                  "  check flag = age > 10\n"
	                  STEP_IF("flag")
	                  "}\n";
	ck_assert_int_eq(status_of_a(src, "flag: false\nage: 20\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "flag: true\nage: 5\n"), PLINTH_SKIPPED);
	/* With no such check, the bool field. */
	src = "protocol t \"T\" {\n  record { flag: bool }\n" STEP_IF("flag") "}\n";
	ck_assert_int_eq(status_of_a(src, "flag: true\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "flag: false\n"), PLINTH_SKIPPED);
}
END_TEST

/* Beside an enum operand a bare name is a member, even when a check or
 * field has that name, on either side of the comparison. */
START_TEST(member_beside_enum)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record { posture.tilt: one of {neutral, anterior}  neutral: bool }\n"
	                  "  check anterior = false\n"
	                  STEP_IF("posture.tilt == anterior and neutral != posture.tilt")
	                  "}\n";
	ck_assert_int_eq(status_of_a(src, "posture: {tilt: anterior}\nneutral: true\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "posture: {tilt: neutral}\nneutral: true\n"), PLINTH_SKIPPED);
	src = "protocol t \"T\" {\n"
	      "  record { tilt: one of {neutral, anterior} }\n"
	      "  check anterior = false\n"
	      STEP_IF("anterior == tilt")
	      "}\n";
	ck_assert_int_eq(status_of_a(src, "tilt: anterior\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "tilt: neutral\n"), PLINTH_SKIPPED);
}
END_TEST

/* A string literal beside an enum is a member; `in {...}` lists too. */
START_TEST(string_and_list_beside_enum)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record { tilt: one of {neutral, anterior, posterior} }\n"
	                  STEP_IF("tilt == \"anterior\" or tilt in {posterior}")
	                  "}\n";
	ck_assert_int_eq(status_of_a(src, "tilt: anterior\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "tilt: posterior\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "tilt: neutral\n"), PLINTH_SKIPPED);
	src = "protocol t \"T\" {\n"
	      "  record { tilt: one of {neutral, anterior, posterior} }\n"
	      STEP_IF("tilt not in {neutral, \"posterior\"}")
	      "}\n";
	ck_assert_int_eq(status_of_a(src, "tilt: anterior\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "tilt: neutral\n"), PLINTH_SKIPPED);
}
END_TEST

/* Beside a set operand a bare name is a member, even if a field has
 * that name. */
START_TEST(member_beside_set)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record { muscles: set of {ql, rf}  ql: bool }\n"
	                  STEP_IF("ql in muscles and rf not in muscles")
	                  "}\n";
	ck_assert_int_eq(status_of_a(src, "muscles: [ql]\nql: false\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "muscles: [ql, rf]\nql: true\n"), PLINTH_SKIPPED);
	ck_assert_int_eq(status_of_a(src, "muscles: []\nql: true\n"), PLINTH_SKIPPED);
}
END_TEST

/* A check may use checks written before or after it. */
START_TEST(checks_in_any_order)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record { ok: bool  n: int }\n"
	                  "  check first = second and n > 1\n"
	                  "  check second = ok\n"
	                  STEP_IF("first")
	                  "}\n";
	ck_assert_int_eq(status_of_a(src, "ok: true\nn: 2\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "ok: false\nn: 2\n"), PLINTH_SKIPPED);
}
END_TEST

/* Text compares with strings; numbers with int and number fields. */
START_TEST(text_and_number_values)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record { name: text  n: int  x: number }\n"
	                  STEP_IF("name == \"Bob\" and name in {\"Al\", \"Bob\"} and n + x * 2 == 6 and x in 0..1.5")
	                  "}\n";
	ck_assert_int_eq(status_of_a(src, "name: Bob\nn: 4\nx: 1\n"), PLINTH_PLANNED);
	ck_assert_int_eq(status_of_a(src, "name: Bobby\nn: 4\nx: 1\n"), PLINTH_SKIPPED);
	ck_assert_int_eq(status_of_a(src, "name: Bob\nn: 5\nx: 1\n"), PLINTH_SKIPPED);
}
END_TEST

/* Errors stop the compile: no protocol. */
START_TEST(errors_give_no_protocol)
{
	plinth_diagnostics *d;
	plinth_protocol *p = compile_src(PROTO("check c = nope\n"), &d);
	ck_assert_ptr_null(p);
	ck_assert_int_ge(plinth_diagnostics_errors(d), 1);
	plinth_diagnostics_free(d);
}
END_TEST

Suite *resolve_suite(void)
{
	Suite *s = suite_create("resolve");
	TCase *t = tcase_create("undefined");
	tcase_add_test(t, undefined_field_with_suggestion);
	tcase_add_test(t, undefined_value_name);
	tcase_add_test(t, undefined_condition_name);
	tcase_add_test(t, undefined_after_target);
	tcase_add_test(t, undefined_cite);
	suite_add_tcase(s, t);
	t = tcase_create("duplicates");
	tcase_add_test(t, duplicate_field);
	tcase_add_test(t, duplicate_check);
	tcase_add_test(t, duplicate_step);
	tcase_add_test(t, duplicate_stage);
	tcase_add_test(t, step_and_stage_share_names);
	tcase_add_test(t, duplicate_reference);
	tcase_add_test(t, duplicate_member);
	tcase_add_test(t, id_and_reserved_done);
	tcase_add_test(t, field_under_done_rejected);
	tcase_add_test(t, backtick_segment_with_dot_is_one_key);
	tcase_add_test(t, diagnostics_printed_with_caret);
	suite_add_tcase(s, t);
	t = tcase_create("types");
	tcase_add_test(t, text_compared_with_number);
	tcase_add_test(t, order_on_enum);
	tcase_add_test(t, set_used_as_condition);
	tcase_add_test(t, other_type_errors);
	tcase_add_test(t, member_outside_set);
	tcase_add_test(t, member_outside_enum);
	tcase_add_test(t, range_low_above_high);
	tcase_add_test(t, range_bounds_accepted);
	tcase_add_test(t, int_range_needs_whole_numbers);
	tcase_add_test(t, at_most_64_members);
	suite_add_tcase(s, t);
	t = tcase_create("cycles");
	tcase_add_test(t, check_cycle);
	tcase_add_test(t, after_cycle);
	tcase_add_test(t, backward_after);
	tcase_add_test(t, after_own_stage);
	tcase_add_test(t, all_errors_in_one_run);
	suite_add_tcase(s, t);
	t = tcase_create("resolution");
	tcase_add_test(t, bare_name_is_check_then_field);
	tcase_add_test(t, member_beside_enum);
	tcase_add_test(t, string_and_list_beside_enum);
	tcase_add_test(t, member_beside_set);
	tcase_add_test(t, checks_in_any_order);
	tcase_add_test(t, text_and_number_values);
	tcase_add_test(t, errors_give_no_protocol);
	suite_add_tcase(s, t);
	return s;
}

/* The record reader: YAML scalars converted into each declared type,
 * every record error with its line:column, missing values, streams of
 * documents that survive bad ones, `done`, strict mode, nested and
 * backtick paths, skipped subtrees, aliases and the depth limit. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "suites.h"

#define RECORD                                        \
	"  record {\n"                                \
	"    client: text id\n"                       \
	"    pain: int in 0..10\n"                    \
	"    hours: number in 0..24\n"                \
	"    ok: bool\n"                              \
	"    tilt: one of {neutral, anterior}\n"      \
	"    muscles: set of {ql, rf}\n"              \
	"    history.sitting.hours: number\n"         \
	"    `date-of-birth`: text\n"                 \
	"    history.`count`: int\n"                  \
	"    big: int\n"                              \
	"    x: number\n"                             \
	"  }\n"

static const char *const reader_protocol =
	"protocol t \"T\" {\n" RECORD
	"  stage s \"S\" { step a \"A\"  step b \"B\" }\n"
	"}\n";

/* "LINE:COL: MESSAGE" of the first record's error, or "" if valid. */
static const char *error_with(const char *yaml, unsigned flags)
{
	static char buf[1024];
	struct one o;
	const struct plinth_result *r = one_record_at(&o, reader_protocol, yaml, flags, __FILE__, __LINE__);
	buf[0] = '\0';
	if (r->error) {
		snprintf(buf, sizeof buf, "%d:%d: %s", r->error_line, r->error_column, r->error);
		ck_assert_int_eq(r->ndecisions, 0);
	} else
		ck_assert_int_eq(r->ndecisions, 2);
	one_free(&o);
	return buf;
}
#define error_of(yaml) error_with((yaml), 0)
#define ck_error(yaml, expected) ck_assert_str_eq(error_of(yaml), (expected))
#define ck_valid(yaml) ck_assert_str_eq(error_of(yaml), "")

/* 'T', 'F', 'U' (unknown) or 'E' (record error): cond for the record. */
static char cond_on(const char *cond, const char *yaml)
{
	char src[2048];
	snprintf(src, sizeof src,
	         "protocol t \"T\" {\n" RECORD
	         "  check c = %s\n"
	         "  stage s \"S\" { step k \"K\" { only if c } }\n"
	         "}\n",
	         cond);
	struct one o;
	const struct plinth_result *r = one_record(&o, src, yaml);
	char t = 'E';
	if (!r->error) {
		const struct plinth_decision *d = decision(r, "k");
		t = d->status == PLINTH_PLANNED ? 'T' : d->status == PLINTH_SKIPPED ? 'F' : 'U';
	}
	one_free(&o);
	return t;
}
#define ck_cond(cond, yaml, expected)                                                             \
	do {                                                                                      \
		char got_ = cond_on((cond), (yaml));                                              \
		ck_assert_msg(got_ == (expected), "'%s' on {%s}: %c, expected %c", (cond), (yaml), \
		              got_, (expected));                                                  \
	} while (0)

/* ---- conversions -------------------------------------------------- */

START_TEST(int_values)
{
	ck_cond("pain == 5", "pain: 5\n", 'T');
	ck_cond("pain == 0", "pain: 0\n", 'T');
	ck_cond("pain == 10", "pain: 10\n", 'T');
	ck_cond("big == -42", "big: -42\n", 'T');
	ck_error("pain: 11\n", "1:7: pain: 11 is outside 0..10");
	ck_error("pain: -1\n", "1:7: pain: -1 is outside 0..10");
	ck_error("pain: 5.5\n", "1:7: pain: expected a whole number, got '5.5'");
	ck_error("pain: abc\n", "1:7: pain: expected a whole number, got 'abc'");
	ck_error("pain: \"5\"\n", "1:7: pain: expected a whole number, got the quoted string \"5\"");
	ck_error("big: 1e3\n", "1:6: big: expected a whole number, got '1e3'");
	ck_error("big: 99999999999999999999\n", "1:6: big: 99999999999999999999 is too large");
}
END_TEST

START_TEST(number_values)
{
	ck_cond("hours == 7.5", "hours: 7.5\n", 'T');
	ck_cond("hours == 8", "hours: 8\n", 'T');
	ck_cond("hours == 24", "hours: 24\n", 'T');
	ck_cond("x == -0.25", "x: -0.25\n", 'T');
	ck_cond("x > 1000000", "x: 1234567.125\n", 'T');
	/* read exactly as the protocol's numbers are, short or long */
	ck_cond("x == 0.1", "x: 0.1\n", 'T');
	ck_cond("x == 0.3", "x: 0.30000000000000004\n", 'F');
	ck_cond("x == 0.30000000000000004", "x: 0.30000000000000004\n", 'T');
	ck_cond("x == 123456789.123456", "x: 123456789.123456\n", 'T');
	ck_cond("x == 987654321.98765432", "x: 987654321.98765432\n", 'T');
	ck_cond("x == -0.000001", "x: -0.000001\n", 'T');
	ck_error("hours: 24.5\n", "1:8: hours: 24.5 is outside 0..24");
	ck_error("hours: -0.5\n", "1:8: hours: -0.5 is outside 0..24");
	ck_error("hours: 7,5\n", "1:8: hours: expected a number, got '7,5'");
	ck_error("hours: .5\n", "1:8: hours: expected a number, got '.5'");
	ck_error("hours: 5.\n", "1:8: hours: expected a number, got '5.'");
	ck_error("hours: 'seven'\n", "1:8: hours: expected a number, got the quoted string \"seven\"");
	ck_error("x: 1.2.3\n", "1:4: x: expected a number, got '1.2.3'");
	ck_error("x: 1-2\n", "1:4: x: expected a number, got '1-2'");
	ck_error("x: --1\n", "1:4: x: expected a number, got '--1'");
	ck_error("x: -.5\n", "1:4: x: expected a number, got '-.5'");
	ck_error("pain: 1.5\n", "1:7: pain: expected a whole number, got '1.5'");
	ck_error("x: nan\n", "1:4: x: expected a number, got 'nan'");
	ck_error("x: .inf\n", "1:4: x: expected a number, got '.inf'");
}
END_TEST

/* A field against a constant, either way round: the commonest
 * conditions, which compile to instructions of their own. */
START_TEST(field_against_constant)
{
	ck_cond("pain >= 7", "pain: 7\n", 'T');
	ck_cond("pain >= 7", "pain: 6\n", 'F');
	ck_cond("pain >= 7", "ok: true\n", 'U');
	ck_cond("7 <= pain", "pain: 7\n", 'T');
	ck_cond("7 < pain", "pain: 7\n", 'F');
	ck_cond("7 > pain", "pain: 6\n", 'T');
	ck_cond("7 >= pain", "pain: 8\n", 'F');
	ck_cond("7 == pain", "pain: 7\n", 'T');
	ck_cond("7 != pain", "pain: 7\n", 'F');
	ck_cond("hours < 7.5", "hours: 7.25\n", 'T');
	ck_cond("pain in 3..5", "pain: 5\n", 'T');
	ck_cond("pain in 3..5", "pain: 6\n", 'F');
	ck_cond("pain in 3..5", "ok: true\n", 'U');
	ck_cond("pain in {2, 4}", "pain: 4\n", 'T');
	ck_cond("pain not in {2, 4}", "pain: 4\n", 'F');
	ck_cond("tilt == anterior", "tilt: anterior\n", 'T');
	ck_cond("anterior == tilt", "tilt: neutral\n", 'F');
	ck_cond("tilt != anterior", "tilt: neutral\n", 'T');
	ck_cond("anterior != tilt", "tilt: anterior\n", 'F');
	ck_cond("tilt != anterior", "pain: 1\n", 'U');
	ck_cond("tilt in {neutral}", "tilt: neutral\n", 'T');
	ck_cond("tilt not in {neutral}", "tilt: neutral\n", 'F');
	ck_cond("tilt in {neutral}", "pain: 1\n", 'U');
}
END_TEST

/* true/false only; YAML 1.1 spellings are errors that say what was
 * seen. */
START_TEST(bool_values)
{
	ck_cond("ok", "ok: true\n", 'T');
	ck_cond("ok", "ok: false\n", 'F');
	ck_cond("ok", "ok: True\n", 'T');
	ck_error("ok: yes\n", "1:5: ok: 'yes' is not a boolean here; write true or false");
	ck_error("ok: no\n", "1:5: ok: 'no' is not a boolean here; write true or false");
	ck_error("ok: on\n", "1:5: ok: 'on' is not a boolean here; write true or false");
	ck_error("ok: off\n", "1:5: ok: 'off' is not a boolean here; write true or false");
	ck_error("ok: Yes\n", "1:5: ok: 'Yes' is not a boolean here; write true or false");
	ck_error("ok: 1\n", "1:5: ok: expected true or false, got '1'");
	ck_error("ok: \"true\"\n", "1:5: ok: expected true or false, got the quoted string \"true\"");
}
END_TEST

/* Any scalar is text, in any style. */
START_TEST(text_values)
{
	ck_cond("client == \"123\"", "client: 123\n", 'T');
	ck_cond("client == \"C-0042\"", "client: 'C-0042'\n", 'T');
	ck_cond("client == \"true\"", "client: true\n", 'T');
	ck_cond("client == \"a b\"", "client: \"a b\"\n", 'T');
	ck_cond("client == \"line one\\nline two\\n\"", "client: |\n  line one\n  line two\n", 'T');
	ck_cond("client == \"Jos\xc3\xa9\"", "client: Jos\xc3\xa9\n", 'T');
	ck_cond("client == \"~\"", "client: \"~\"\n", 'T');
	ck_cond("client == \"\"", "client: \"\"\n", 'T');
	ck_error("client: [a]\n", "1:9: client: expected a single value, got a list");
	ck_error("client: {a: 1}\n", "1:9: client: expected a single value, got a mapping");
}
END_TEST

START_TEST(enum_values)
{
	ck_cond("tilt == anterior", "tilt: anterior\n", 'T');
	ck_cond("tilt == anterior", "tilt: neutral\n", 'F');
	ck_cond("tilt == anterior", "tilt: \"anterior\"\n", 'T');
	ck_error("tilt: sideways\n", "1:7: tilt: 'sideways' is not one of neutral, anterior");
	ck_error("tilt: Anterior\n", "1:7: tilt: 'Anterior' is not one of neutral, anterior; did you mean 'anterior'?");
	ck_error("tilt: [neutral]\n", "1:7: tilt: expected a single value, got a list");
}
END_TEST

/* A set is a YAML sequence of members, in either style; duplicates are
 * ignored. */
START_TEST(set_values)
{
	ck_cond("ql in muscles and rf not in muscles", "muscles: [ql]\n", 'T');
	ck_cond("ql in muscles and rf in muscles", "muscles:\n  - rf\n  - ql\n", 'T');
	ck_cond("count(muscles) == 1", "muscles: [ql, ql, ql]\n", 'T');
	ck_cond("muscles is empty", "muscles: []\n", 'T');
	ck_error("muscles: [ql, xx]\n", "1:15: muscles: 'xx' is not one of ql, rf");
	ck_error("muscles:\n  - rf\n  - hamstring\n", "3:5: muscles: 'hamstring' is not one of ql, rf");
	ck_error("muscles: ql\n", "1:10: muscles: expected a list of ql, rf, got 'ql'");
	ck_error("muscles: {ql: 1}\n", "1:10: muscles: expected a list, got a mapping");
	ck_error("muscles: [ql, [rf]]\n", "1:15: muscles: expected a name in the list, got a list");
}
END_TEST

/* `~`, `null` and an empty value are missing, not errors, for every
 * type; a quoted "~" is text. */
START_TEST(null_values_are_missing)
{
	static const char *const fields[] = { "client", "pain", "hours", "ok", "tilt", "muscles" };
	static const char *const nulls[] = { "~", "null", "", "Null", "NULL" };
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		for (size_t j = 0; j < sizeof nulls / sizeof *nulls; j++) {
			char yaml[64], cond[64];
			snprintf(yaml, sizeof yaml, "%s: %s\n", fields[i], nulls[j]);
			snprintf(cond, sizeof cond, "%s is missing", fields[i]);
			ck_cond(cond, yaml, 'T');
		}
	ck_cond("pain > 1", "pain: ~\n", 'U');
	ck_cond("history.sitting.hours is missing", "history: ~\n", 'T');
	ck_cond("history.sitting.hours is missing", "history:\n  sitting:\n", 'T');
}
END_TEST

/* Record columns count characters, like protocol columns. */
START_TEST(error_columns_count_characters)
{
	ck_error("{note: \xc3\xa9, pain: 11}\n", "1:17: pain: 11 is outside 0..10");
	ck_error("note: \"\xe2\x86\x92\"\ntilt: up\n", "2:7: tilt: 'up' is not one of neutral, anterior");
}
END_TEST

/* A required field must be present and not null. */
START_TEST(required_fields)
{
	const char *src = "protocol t \"T\" {\n"
	                  "  record { name: text required  n: int }\n"
	                  "  stage s \"S\" { step a \"A\" }\n"
	                  "}\n";
	plinth_protocol *p = compile_ok(src);
	struct run run;
	run_open(&run, p, "n: 1\n---\nname: ~\n---\nname: Al\n---\n\n# c\nn: 2\n", 0);
	const struct plinth_result *r = run_next(&run);
	ck_assert_str_eq(r->error, "name: required, but missing");
	ck_assert_int_eq(r->error_line, 1);
	r = run_next(&run);
	ck_assert_str_eq(r->error, "name: required, but empty");
	ck_assert_int_eq(r->error_line, 3);
	ck_assert_int_eq(r->error_column, 7);
	r = run_next(&run);
	ck_assert_ptr_null(r->error);
	r = run_next(&run);
	ck_assert_str_eq(r->error, "name: required, but missing");
	ck_assert_int_eq(r->line, 6);
	ck_assert_int_eq(r->error_line, 6);
	ck_assert_ptr_null(run_next(&run));
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* ---- structure ---------------------------------------------------- */

START_TEST(nested_and_backtick_paths)
{
	ck_cond("history.sitting.hours == 7", "history:\n  sitting:\n    hours: 7\n", 'T');
	ck_cond("history.sitting.hours == 7", "history: {sitting: {hours: 7}}\n", 'T');
	ck_cond("`date-of-birth` == \"1990-01-01\"", "date-of-birth: 1990-01-01\n", 'T');
	ck_cond("history.`count` == 3 and history.sitting.hours == 1",
	        "history:\n  count: 3\n  sitting: {hours: 1}\n", 'T');
	/* A top-level `hours` is not `history.sitting.hours`. */
	ck_cond("history.sitting.hours is missing", "hours: 3\nsitting: {hours: 2}\n", 'T');
	ck_error("history: 5\n", "1:10: history: expected a mapping of fields, got '5'");
	ck_error("history:\n  sitting: [1]\n", "2:12: history.sitting: expected a mapping of fields, got a list");
	ck_error("pain: 1\npain: 2\n", "2:1: pain: given twice (first at line 1)");
}
END_TEST

/* Undeclared keys and whole subtrees are skipped, whatever they hold;
 * declared names inside them mean nothing. */
START_TEST(undeclared_subtrees_skipped)
{
	ck_cond("pain == 3",
	        "extra:\n"
	        "  deep: [1, {a: [2, 3]}, {b: {c: d}}]\n"
	        "  pain: 11\n"
	        "other: {pain: oops, ok: maybe}\n"
	        "history:\n"
	        "  notes: [x, y]\n"
	        "  sitting: {mins: 4, hours: 2}\n"
	        "pain: 3\n",
	        'T');
	ck_valid("list: [[[[]]]]\nscalar: text\n");
}
END_TEST

/* A key given twice in any mapping, at any depth, declared or not, with
 * any two values, makes the record an error naming both places: the
 * record has said two things and so neither.  Keys are compared by
 * their text, whatever their quoting. */
START_TEST(keys_given_twice)
{
	/* a declared mapping given twice, either way round */
	ck_error("history: {sitting: {hours: 2}}\nhistory: ~\n", "2:1: history: given twice (first at line 1)");
	ck_error("history: ~\nhistory: {sitting: {hours: 2}}\n", "2:1: history: given twice (first at line 1)");
	ck_error("history:\n  sitting: {hours: 2}\n  sitting: {hours: 3}\n",
	         "3:3: history.sitting: given twice (first at line 2)");
	ck_error("history: {sitting: {hours: 2, hours: 2}}\n",
	         "1:31: history.sitting.hours: given twice (first at line 1)");
	/* leaves, with values of every kind */
	ck_error("ok: true\nok: [a]\n", "2:1: ok: given twice (first at line 1)");
	ck_error("muscles: []\nmuscles: ~\n", "2:1: muscles: given twice (first at line 1)");
	ck_error("tilt: ~\n\"tilt\": neutral\n", "2:1: tilt: given twice (first at line 1)");
	ck_error("pain: 2\npain: {a: 1}\n", "2:1: pain: given twice (first at line 1)");
	/* done, and undeclared keys at the top */
	ck_error("done: [a]\ndone: []\n", "2:1: done: given twice (first at line 1)");
	ck_error("extra: 1\nextra: {a: 1}\n", "2:1: extra: given twice (first at line 1)");
	ck_error("history: {notes: 1, notes: 2}\n", "1:21: history.notes: given twice (first at line 1)");
	/* inside undeclared subtrees, through lists */
	ck_error("extra: {a: [1, {b: 2, c: 3, b: ~}]}\n", "1:29: extra.a[1].b: given twice (first at line 1)");
	ck_error("extra:\n  - x: 1\n  - y: {z: 1,\n        z: 1}\n", "4:9: extra[1].y.z: given twice (first at line 3)");
	ck_error("pain: 3\nextra: [[{k: 1, k: 2}]]\n", "2:17: extra[0][0].k: given twice (first at line 2)");
	ck_error("\"\": 1\n'': 2\n", "2:1: \"\": given twice (first at line 1)");
	ck_error("extra: {\"\": 1, \"\": 2}\n", "1:16: extra.\"\": given twice (first at line 1)");
	/* the same key in different mappings is no repetition */
	ck_valid("extra: [{a: 1}, {a: 2}]\nother: {a: 1, b: {a: 2}}\nhistory: {sitting: {hours: 1}, hours: 2}\n");
	/* and keys that are not names are errors wherever they are */
	ck_error("extra: {? [a] : 1}\n", "1:11: extra: keys must be plain names, not a list");
}
END_TEST

/* Ids print as written: a join by id must never join two clients. */
START_TEST(ids_as_written)
{
	static const char proto[] =
		"protocol t \"T\" {\n  record { n: int id }\n  stage s \"S\" { step a \"A\" }\n}\n";
	static const char *const ids[] = { "0012", "1234567890123456", "1234567890123457", "-0", NULL };
	for (int i = 0; ids[i]; i++) {
		char yaml[64];
		snprintf(yaml, sizeof yaml, "n: %s\n", ids[i]);
		struct one o;
		const struct plinth_result *r = one_record(&o, proto, yaml);
		ck_assert_str_eq(r->id, ids[i]);
		one_free(&o);
	}
}
END_TEST

/* A standard tag of the field's type is that type; any other tag is
 * named in the message, not called a quoted string. */
START_TEST(tagged_scalars)
{
	ck_valid("pain: !!int 7\nhours: !!float 7.5\nx: !!int 3\nok: !!bool true\nclient: !!str 5\n");
	ck_error("pain: !!float 7\n", "1:7: pain: expected a whole number, got '7' tagged !!float");
	ck_error("pain: !!str 7\n", "1:7: pain: expected a whole number, got '7' tagged !!str");
	ck_error("ok: !!str true\n", "1:5: ok: expected true or false, got 'true' tagged !!str");
	ck_error("pain: !x 7\n", "1:7: pain: expected a whole number, got '7' tagged !x");
	ck_error("pain: !!int 0x1F\n", "1:7: pain: expected a whole number, got '0x1F' tagged !!int");
	/* !!null is missing, never the text it spells */
	ck_cond("client is missing", "client: !!null \"\"\n", 'T');
	ck_cond("pain is missing", "pain: !!null\n", 'T');
	ck_cond("client == \"null\"", "client: !!str null\n", 'T');
}
END_TEST

/* --strict reports undeclared keys, with their full path. */
START_TEST(strict_mode)
{
	ck_assert_str_eq(error_with("client: A\nextra: 1\n", PLINTH_STRICT), "2:1: undeclared key 'extra'");
	ck_assert_str_eq(error_with("history:\n  sitting:\n    hours: 3\n    mins: 2\n", PLINTH_STRICT),
	                 "4:5: undeclared key 'history.sitting.mins'");
	ck_assert_str_eq(error_with("client: A\ndone: [a]\npain: 2\n", PLINTH_STRICT), "");
	ck_assert_str_eq(error_with("client: A\nextra: 1\n", 0), "");
}
END_TEST

/* `done` lists the steps completed earlier. */
START_TEST(done_list)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, reader_protocol, "done: [b]\n");
	ck_assert_ptr_null(r->error);
	ck_assert_int_eq(decision(r, "a")->status, PLINTH_PLANNED);
	ck_assert_int_eq(decision(r, "b")->status, PLINTH_DONE);
	one_free(&o);
	r = one_record(&o, reader_protocol, "done:\n  - a\n  - b\n  - a\n");
	ck_assert_str_eq(steps_with(r, PLINTH_DONE), "a, b");
	one_free(&o);
	r = one_record(&o, reader_protocol, "done: []\n");
	ck_assert_str_eq(plan_of(r), "a, b");
	one_free(&o);
	ck_valid("done: ~\n");
	ck_valid("done:\n");
	ck_error("done: [a, zz]\n", "1:11: done: 'zz' is not a step of this protocol");
	ck_error("done: [s]\n", "1:8: done: 's' is not a step of this protocol");
	ck_error("done: a\n", "1:7: done: expected a list of step names");
	ck_error("done: {a: 1}\n", "1:7: done: expected a list of step names");
}
END_TEST

START_TEST(document_shapes)
{
	ck_error("- a\n- b\n", "1:1: a record must be a mapping of fields, not a list");
	ck_error("hello\n", "1:1: a record must be a mapping of fields, not a single value");
	ck_error("[a]: 1\npain: 2\n", "1:1: keys must be plain names, not a list");
	const char *e = error_of("--- ~\n");
	ck_assert_msg(!strncmp(e, "1:", 2) && strstr(e, ": empty document: a record is a mapping of fields"), "got '%s'", e);
}
END_TEST

/* Aliases are refused wherever they appear. */
START_TEST(aliases_rejected)
{
	ck_error("a: &x 1\nb: [*x]\n", "2:5: aliases (*x) are not allowed in records");
	/* The small "billion laughs": refused at the first alias. */
	ck_error("a: &a [x, x, x]\n"
	         "b: &b [*a, *a, *a]\n"
	         "c: &c [*b, *b, *b]\n"
	         "d: [*c, *c, *c]\n",
	         "2:8: aliases (*a) are not allowed in records");
	const char *e = error_of("n: &n 3\npain: *n\n");
	ck_assert_msg(!strncmp(e, "2:7: ", 5) && strstr(e, "alias"), "got '%s'", e);
	e = error_of("t: &t ql\nmuscles: [*t]\n");
	ck_assert_msg(!strncmp(e, "2:11: ", 6) && strstr(e, "alias"), "got '%s'", e);
	/* An anchor alone is harmless. */
	ck_valid("pain: &p 3\n");
}
END_TEST

/* `depth` nested flow lists under an undeclared key. */
static char *nested(int depth)
{
	char *s = malloc((size_t)depth * 2 + 16);
	ck_assert_ptr_nonnull(s);
	strcpy(s, "deep: ");
	size_t n = strlen(s);
	for (int i = 0; i < depth; i++)
		s[n++] = '[';
	for (int i = 0; i < depth; i++)
		s[n++] = ']';
	strcpy(s + n, "\npain: 1\n");
	return s;
}

START_TEST(depth_limit)
{
	char *ok = nested(40);
	ck_valid(ok);
	free(ok);
	char *deep = nested(200);
	const char *e = error_of(deep);
	ck_assert_msg(!strncmp(e, "1:", 2) && strstr(e, "nesting deeper than 64 levels"), "got '%s'", e);
	free(deep);

	/* Deep block mappings too; the next document is still read. */
	size_t cap = 200 * 210 + 64, n = 0;
	char *s = malloc(cap);
	ck_assert_ptr_nonnull(s);
	for (int i = 0; i < 200; i++) {
		memset(s + n, ' ', (size_t)i);
		n += (size_t)i;
		n += (size_t)sprintf(s + n, "k:\n");
	}
	strcpy(s + n, "---\npain: 2\n");
	plinth_protocol *p = compile_ok(reader_protocol);
	struct run run;
	run_open(&run, p, s, 0);
	const struct plinth_result *r = run_next(&run);
	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "nesting deeper than 64 levels"));
	r = run_next(&run);
	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_null(r->error);
	ck_assert_int_eq(r->record, 2);
	run_close(&run);
	plinth_protocol_free(p);
	free(s);
}
END_TEST

/* An oversized scalar is a record error, not a crash. */
START_TEST(oversized_scalar)
{
	size_t len = 70000;
	char *s = malloc(len + 32);
	ck_assert_ptr_nonnull(s);
	strcpy(s, "client: ");
	memset(s + 8, 'a', len);
	strcpy(s + 8 + len, "\n");
	ck_error(s, "1:9: client: value longer than 65536 bytes");
	free(s);
}
END_TEST

/* ---- streams ------------------------------------------------------ */

/* One result per document, numbered from the first, with the line where
 * each starts; a malformed document costs only itself. */
START_TEST(multi_document_stream)
{
	plinth_protocol *p = compile_ok(reader_protocol);
	struct run run;
	run_open(&run, p,
	         "client: A\n"      /* 1 */
	         "pain: 1\n"        /* 2 */
	         "---\n"            /* 3 */
	         "client: B\n"      /* 4 */
	         "muscles: [ql, rf\n" /* 5 */
	         "---\n"            /* 6 */
	         "client: C\n"      /* 7 */
	         "pain: 11\n"       /* 8 */
	         "--- \n"           /* 9 */
	         "client: D\n"      /* 10 */
	         "extra: [true: \n" /* 11 */
	         "...\n"            /* 12 */
	         "# between\n"      /* 13 */
	         "---\n"            /* 14 */
	         "client: E\n",     /* 15 */
	         0);
	const struct plinth_result *r = run_next(&run);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->record, 1);
	ck_assert_int_eq(r->line, 1);
	ck_assert_str_eq(r->file, "t.yaml");
	ck_assert_str_eq(r->id, "A");
	ck_assert_ptr_null(r->error);
	ck_assert_int_eq(r->ndecisions, 2);

	r = run_next(&run);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->record, 2);
	ck_assert_int_eq(r->line, 3);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_msg(!strncmp(r->error, "invalid YAML: ", 14), "%s", r->error);
	ck_assert_msg(r->error_line >= 5 && r->error_line <= 6, "error at line %d", r->error_line);
	ck_assert_int_eq(r->ndecisions, 0);

	r = run_next(&run);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->record, 3);
	ck_assert_int_eq(r->line, 6);
	ck_assert_str_eq(r->error, "pain: 11 is outside 0..10");
	ck_assert_int_eq(r->error_line, 8);
	ck_assert_int_eq(r->error_column, 7);
	ck_assert_str_eq(r->id, "C");

	r = run_next(&run);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->record, 4);
	ck_assert_int_eq(r->line, 9);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_msg(!strncmp(r->error, "invalid YAML: ", 14), "%s", r->error);
	ck_assert_msg(r->error_line >= 11 && r->error_line <= 12, "error at line %d", r->error_line);

	r = run_next(&run);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->record, 5);
	ck_assert_int_eq(r->line, 14);
	ck_assert_str_eq(r->id, "E");
	ck_assert_ptr_null(r->error);

	ck_assert_ptr_null(run_next(&run));
	ck_assert_int_eq(plinth_reader_io_error(run.reader), 0);
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* A document that breaks YAML's own rules in its middle. */
START_TEST(malformed_document_then_good_one)
{
	plinth_protocol *p = compile_ok(reader_protocol);
	struct run run;
	run_open(&run, p, "client: A\npain: 1\n- item\n---\nclient: B\n", 0);
	const struct plinth_result *r = run_next(&run);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_msg(!strncmp(r->error, "invalid YAML: ", 14), "%s", r->error);
	ck_assert_int_eq(r->error_line, 3);
	r = run_next(&run);
	ck_assert_ptr_null(r->error);
	ck_assert_str_eq(r->id, "B");
	ck_assert_int_eq(r->record, 2);
	ck_assert_ptr_null(run_next(&run));
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* A directive after an empty '---' document belongs to the next one,
 * and a document abandoned midway (with its own %TAG) leaves nothing
 * behind for the next. */
START_TEST(directives_between_documents)
{
	plinth_protocol *p = compile_ok(reader_protocol);
	struct run run;
	run_open(&run, p,
	         "%TAG !e! tag:e.org,2000:\n" /* 1 */
	         "---\n"                       /* 2 */
	         "client: A\n"                 /* 3 */
	         "pain: !e!n 4\n"              /* 4 */
	         "muscles: [ql\n"              /* 5 */
	         "---\n"                       /* 6 */
	         "%TAG !f! tag:f.org,2000:\n"  /* 7 */
	         "--- !f!record\n"             /* 8 */
	         "client: B\n"                 /* 9 */
	         "pain: 4\n",                  /* 10 */
	         0);
	const struct plinth_result *r = run_next(&run);
	ck_assert_str_eq(r->error, "pain: expected a whole number, got '4' tagged tag:e.org,2000:n");
	ck_assert_int_eq(r->error_line, 4);
	r = run_next(&run);
	ck_assert_int_eq(r->line, 6);
	ck_assert_str_eq(r->error, "empty document: a record is a mapping of fields");
	r = run_next(&run);
	ck_assert_int_eq(r->line, 7); /* a document starts at its directives */
	ck_assert_ptr_null(r->error);
	ck_assert_str_eq(r->id, "B");
	ck_assert_ptr_null(run_next(&run));
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* Nothing but comments, or nothing at all: no records. */
START_TEST(empty_streams)
{
	plinth_protocol *p = compile_ok(reader_protocol);
	struct run run;
	run_open(&run, p, "", 0);
	ck_assert_ptr_null(run_next(&run));
	run_close(&run);
	run_open(&run, p, "# only a comment\n\n", 0);
	ck_assert_ptr_null(run_next(&run));
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* Records are numbered from first_record; without an id field a record
 * has no id. */
START_TEST(numbering_and_ids)
{
	plinth_protocol *p = compile_ok("protocol t \"T\" {\n  record { n: int }\n  stage s \"S\" { step a \"A\" }\n}\n");
	const char *yaml = "n: 1\n---\nn: 2\n";
	FILE *in = fmemopen((void *)yaml, strlen(yaml), "r");
	ck_assert_ptr_nonnull(in);
	plinth_reader *rd = plinth_reader_open(p, in, "clients.yaml", 0, 41);
	const struct plinth_result *r = plinth_reader_next(rd);
	ck_assert_int_eq(r->record, 41);
	ck_assert_ptr_null(r->id);
	ck_assert_str_eq(r->file, "clients.yaml");
	r = plinth_reader_next(rd);
	ck_assert_int_eq(r->record, 42);
	ck_assert_int_eq(r->line, 2);
	ck_assert_ptr_null(plinth_reader_next(rd));
	plinth_reader_close(rd);
	fclose(in);
	plinth_protocol_free(p);

	/* The id is the field's text, whatever its type. */
	p = compile_ok("protocol t \"T\" {\n  record { n: int id }\n  stage s \"S\" { step a \"A\" }\n}\n");
	struct run run;
	run_open(&run, p, "n: 7\n---\nn: ~\n", 0);
	ck_assert_str_eq(run_next(&run)->id, "7");
	ck_assert_ptr_null(run_next(&run)->id);
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* The first error of a record is the one reported. */
START_TEST(first_error_reported)
{
	ck_error("pain: 99\nok: yes\ntilt: up\n", "1:7: pain: 99 is outside 0..10");
}
END_TEST

Suite *reader_suite(void)
{
	Suite *s = suite_create("reader");
	TCase *t = tcase_create("values");
	tcase_add_test(t, int_values);
	tcase_add_test(t, number_values);
	tcase_add_test(t, field_against_constant);
	tcase_add_test(t, bool_values);
	tcase_add_test(t, text_values);
	tcase_add_test(t, enum_values);
	tcase_add_test(t, set_values);
	tcase_add_test(t, null_values_are_missing);
	tcase_add_test(t, required_fields);
	tcase_add_test(t, error_columns_count_characters);
	suite_add_tcase(s, t);
	t = tcase_create("structure");
	tcase_add_test(t, nested_and_backtick_paths);
	tcase_add_test(t, undeclared_subtrees_skipped);
	tcase_add_test(t, strict_mode);
	tcase_add_test(t, keys_given_twice);
	tcase_add_test(t, ids_as_written);
	tcase_add_test(t, tagged_scalars);
	tcase_add_test(t, done_list);
	tcase_add_test(t, document_shapes);
	tcase_add_test(t, aliases_rejected);
	tcase_add_test(t, depth_limit);
	tcase_add_test(t, oversized_scalar);
	suite_add_tcase(s, t);
	t = tcase_create("streams");
	tcase_add_test(t, multi_document_stream);
	tcase_add_test(t, malformed_document_then_good_one);
	tcase_add_test(t, directives_between_documents);
	tcase_add_test(t, empty_streams);
	tcase_add_test(t, numbering_and_ids);
	tcase_add_test(t, first_error_reported);
	suite_add_tcase(s, t);
	return s;
}

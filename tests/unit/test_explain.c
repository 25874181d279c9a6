/* Explanations through the public API: every check and clause with its
 * value, the fields it read in declaration order with their values and
 * places, clauses of done and skipped steps, no explanation for an
 * invalid record, and the text and JSON writers. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "suites.h"

static const char *const protocol =
	"protocol t \"T\" {\n"                                              /* 1 */
	"  record {\n"
	"    client: text id\n"
	"    pain: int in 0..10\n"
	"    hours: number\n"                                                 /* 5 */
	"    ok: bool\n"
	"    tilt: one of {neutral, anterior}\n"
	"    signs: set of {numbness, tingling, weakness}\n"
	"    remark: text\n"
	"  }\n"                                                               /* 10 */
	"  check sitting \"Long sitting?\" = hours >= 6\n"
	"  check pattern = tilt == anterior or sitting\n"
	"  stage s \"S\" {\n"
	"    caution if pain >= 7 \"gently\"\n"
	"    step a \"A\" {\n"                                                /* 15 */
	"      only if pattern\n"
	"      requires ok\n"
	"      contraindicated if signs is not empty \"signs\"\n"
	"    }\n"
	"    step b \"B\" { only if remark is missing or pain < 3 }\n"          /* 20 */
	"  }\n"
	"}\n";

static const struct plinth_explanation *explain_first(struct one *o, const char *yaml)
{
	const struct plinth_result *r = one_record(o, protocol, yaml);
	ck_assert_msg(r->error == NULL, "record error: %s", r->error);
	const struct plinth_explanation *x = plinth_reader_explain(o->run.reader);
	ck_assert_ptr_nonnull(x);
	return x;
}

static const struct plinth_step_explanation *step_of(const struct plinth_explanation *x, const char *name)
{
	for (int i = 0; i < x->nsteps; i++)
		if (!strcmp(x->steps[i].step, name))
			return &x->steps[i];
	ck_abort_msg("no step '%s' in the explanation", name);
	return NULL;
}

static void ck_field(const struct plinth_field_value *f, const char *field, const char *value, int line,
                     int column)
{
	ck_assert_str_eq(f->field, field);
	if (value)
		ck_assert_str_eq(f->value, value);
	else
		ck_assert_ptr_null(f->value);
	ck_assert_int_eq(f->line, line);
	ck_assert_int_eq(f->column, column);
}

/* ---- values, fields, places --------------------------------------- */

START_TEST(checks_as_written)
{
	struct one o;
	const struct plinth_explanation *x = explain_first(&o, "pain: 8\ntilt: anterior\n");
	ck_assert_int_eq(x->nchecks, 2);
	const struct plinth_check_value *c = &x->checks[0];
	ck_assert_str_eq(c->check, "sitting");
	ck_assert_str_eq(c->question, "Long sitting?");
	ck_assert_str_eq(c->cond.text, "hours >= 6");
	ck_assert_int_eq(c->cond.value, PLINTH_UNKNOWN);
	ck_assert_int_eq(c->cond.line, 11);
	ck_assert_int_eq(c->cond.column, 3);
	ck_assert_int_eq(c->cond.nfields, 1);
	ck_field(&c->cond.fields[0], "hours", NULL, 0, 0);

	/* true through 'or' although the check it uses is unknown; its
	 * fields come through that check too, in declaration order */
	c = &x->checks[1];
	ck_assert_str_eq(c->check, "pattern");
	ck_assert_ptr_null(c->question);
	ck_assert_str_eq(c->cond.text, "tilt == anterior or sitting");
	ck_assert_int_eq(c->cond.value, PLINTH_TRUE);
	ck_assert_int_eq(c->cond.nfields, 2);
	ck_field(&c->cond.fields[0], "hours", NULL, 0, 0);
	ck_field(&c->cond.fields[1], "tilt", "anterior", 2, 7);
	one_free(&o);
}
END_TEST

START_TEST(clauses_true_false_unknown)
{
	struct one o;
	const struct plinth_explanation *x = explain_first(&o, "pain: 8\ntilt: anterior\nsigns: []\n");
	ck_assert_int_eq(x->nsteps, 2);
	const struct plinth_step_explanation *s = step_of(x, "a");
	ck_assert_int_eq(s->status, PLINTH_BLOCKED);
	ck_assert_int_eq(s->nclauses, 4);

	/* the stage's clause first, then the step's as written */
	const struct plinth_clause_value *c = &s->clauses[0];
	ck_assert_int_eq(c->kind, PLINTH_CAUTION_IF);
	ck_assert_str_eq(c->message, "gently");
	ck_assert_str_eq(c->cond.text, "pain >= 7");
	ck_assert_int_eq(c->cond.value, PLINTH_TRUE);
	ck_assert_int_eq(c->cond.line, 14);
	ck_assert_int_eq(c->cond.column, 5);
	ck_assert_int_eq(c->cond.nfields, 1);
	ck_field(&c->cond.fields[0], "pain", "8", 1, 7);

	c = &s->clauses[1];
	ck_assert_int_eq(c->kind, PLINTH_ONLY_IF);
	ck_assert_ptr_null(c->message);
	ck_assert_str_eq(c->cond.text, "pattern");
	ck_assert_int_eq(c->cond.value, PLINTH_TRUE);
	ck_assert_int_eq(c->cond.line, 16);
	ck_assert_int_eq(c->cond.column, 7);

	c = &s->clauses[2];
	ck_assert_int_eq(c->kind, PLINTH_REQUIRES);
	ck_assert_ptr_null(c->message); /* written without one */
	ck_assert_int_eq(c->cond.value, PLINTH_UNKNOWN);
	ck_assert_int_eq(c->cond.nfields, 1);
	ck_field(&c->cond.fields[0], "ok", NULL, 0, 0);

	c = &s->clauses[3];
	ck_assert_int_eq(c->kind, PLINTH_CONTRAINDICATED_IF);
	ck_assert_str_eq(c->message, "signs");
	ck_assert_str_eq(c->cond.text, "signs is not empty");
	ck_assert_int_eq(c->cond.value, PLINTH_FALSE);
	ck_field(&c->cond.fields[0], "signs", "[]", 3, 8);
	one_free(&o);
}
END_TEST

/* 'is missing' reads its field: it is listed, with no value. */
START_TEST(fields_under_is_missing)
{
	struct one o;
	const struct plinth_explanation *x = explain_first(&o, "pain: 2\n");
	const struct plinth_step_explanation *s = step_of(x, "b");
	ck_assert_int_eq(s->status, PLINTH_PLANNED);
	const struct plinth_clause_value *c = &s->clauses[1];
	ck_assert_str_eq(c->cond.text, "remark is missing or pain < 3");
	ck_assert_int_eq(c->cond.value, PLINTH_TRUE);
	ck_assert_int_eq(c->cond.nfields, 2);
	ck_field(&c->cond.fields[0], "pain", "2", 1, 7);
	ck_field(&c->cond.fields[1], "remark", NULL, 0, 0);
	one_free(&o);
}
END_TEST

/* ---- every type, rendered as YAML would show it ------------------- */

START_TEST(values_of_every_type)
{
	static const char *const p =
		"protocol t \"T\" {\n"
		"  record {\n"
		"    n: int\n"
		"    x: number\n"
		"    s: text\n"
		"    e: one of {low, high}\n"
		"    m: set of {m1, m2, m3}\n"
		"    b: bool\n"
		"    nested.deep: int\n"
		"  }\n"
		"  stage g \"G\" {\n"
		"    step k \"K\" { requires n > 0 and x > 0 and s != \"\" and e == high and m1 in m and b"
		" and nested.deep > 0 }\n"
		"  }\n"
		"}\n";
	struct one o;
	one_record(&o, p,
	           "n: -42\nx: 2.50\ns: 'a: b'\ne: high\nm: [m3, m1, m3]\nb: false\n"
	           "nested:\n  deep: 9007199254740992\n");
	ck_assert_ptr_null(o.res->error);
	const struct plinth_explanation *x = plinth_reader_explain(o.run.reader);
	ck_assert_ptr_nonnull(x);
	const struct plinth_condition *c = &x->steps[0].clauses[0].cond;
	ck_assert_int_eq(c->value, PLINTH_FALSE);
	ck_assert_int_eq(c->nfields, 7);
	ck_field(&c->fields[0], "n", "-42", 1, 4);
	ck_field(&c->fields[1], "x", "2.5", 2, 4);
	ck_field(&c->fields[2], "s", "a: b", 3, 4);
	ck_field(&c->fields[3], "e", "high", 4, 4);
	ck_field(&c->fields[4], "m", "[m1, m3]", 5, 4); /* declaration order, once each */
	ck_field(&c->fields[5], "b", "false", 6, 4);
	ck_field(&c->fields[6], "nested.deep", "9007199254740992", 8, 9);
	one_free(&o);
}
END_TEST

/* A null counts as missing: no value, no place. */
START_TEST(null_is_missing)
{
	struct one o;
	const struct plinth_explanation *x = explain_first(&o, "pain: ~\nok:\n");
	const struct plinth_clause_value *c = &step_of(x, "a")->clauses[0];
	ck_assert_int_eq(c->cond.value, PLINTH_UNKNOWN);
	ck_field(&c->cond.fields[0], "pain", NULL, 0, 0);
	one_free(&o);
}
END_TEST

/* ---- statuses ----------------------------------------------------- */

START_TEST(done_and_skipped_steps_keep_their_clauses)
{
	struct one o;
	const struct plinth_explanation *x =
		explain_first(&o, "pain: 5\ntilt: neutral\nhours: 1\nremark: x\ndone: [b]\n");
	const struct plinth_step_explanation *a = step_of(x, "a"), *b = step_of(x, "b");
	ck_assert_int_eq(a->status, PLINTH_SKIPPED);
	ck_assert_int_eq(a->nclauses, 4);
	ck_assert_int_eq(a->clauses[0].cond.value, PLINTH_FALSE);   /* pain >= 7 */
	ck_assert_int_eq(a->clauses[1].cond.value, PLINTH_FALSE);   /* only if pattern */
	ck_assert_int_eq(a->clauses[2].cond.value, PLINTH_UNKNOWN); /* after the false only if */
	ck_assert_int_eq(a->clauses[3].cond.value, PLINTH_UNKNOWN);
	ck_assert_int_eq(b->status, PLINTH_DONE);
	ck_assert_int_eq(b->nclauses, 2);
	ck_assert_int_eq(b->clauses[1].cond.value, PLINTH_FALSE);
	ck_field(&b->clauses[1].cond.fields[1], "remark", "x", 4, 9);
	one_free(&o);
}
END_TEST

START_TEST(invalid_record_has_none)
{
	plinth_protocol *p = compile_ok(protocol);
	struct run run;
	run_open(&run, p, "pain: 11\n---\npain: 1\n---\nok: maybe\n", 0);
	ck_assert_ptr_null(plinth_reader_explain(run.reader)); /* nothing read yet */
	const struct plinth_result *r = run_next(&run);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_null(plinth_reader_explain(run.reader));
	r = run_next(&run);
	ck_assert_ptr_null(r->error);
	const struct plinth_explanation *x = plinth_reader_explain(run.reader);
	ck_assert_ptr_nonnull(x);
	ck_field(&x->steps[0].clauses[0].cond.fields[0], "pain", "1", 3, 7);
	r = run_next(&run);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_null(plinth_reader_explain(run.reader));
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

/* Records given as text are explained the same way, at their line. */
START_TEST(eval_then_explain)
{
	plinth_protocol *p = compile_ok(protocol);
	plinth_reader *rd = plinth_reader_open(p, NULL, "cases.yaml", 0, 1);
	const char *yaml = "ok: true\npain: 9\n";
	const struct plinth_result *r = plinth_reader_eval(rd, yaml, strlen(yaml), 40);
	ck_assert_ptr_null(r->error);
	const struct plinth_explanation *x = plinth_reader_explain(rd);
	const struct plinth_clause_value *c = &x->steps[0].clauses[2];
	ck_assert_int_eq(c->cond.value, PLINTH_TRUE);
	ck_field(&c->cond.fields[0], "ok", "true", 40, 5);
	/* asking twice gives the same answer */
	const struct plinth_explanation *y = plinth_reader_explain(rd);
	ck_assert_int_eq(y->steps[0].clauses[0].cond.value, PLINTH_TRUE);
	ck_assert_str_eq(y->steps[0].clauses[0].cond.fields[0].value, "9");
	plinth_reader_close(rd);
	plinth_protocol_free(p);
}
END_TEST

/* ---- writers ------------------------------------------------------ */

/* What a writer for protocol p (NULL: none) writes of r and x. */
static char *written_by(const plinth_protocol *p, const struct plinth_output *out,
                        const struct plinth_result *r, const struct plinth_explanation *x)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ck_assert_ptr_nonnull(f);
	plinth_writer *w = plinth_writer_new(p, out);
	plinth_writer_write(w, f, r, x);
	plinth_writer_free(w);
	fclose(f);
	return buf;
}

static char *written(const struct plinth_output *out, const struct plinth_result *r,
                     const struct plinth_explanation *x)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ck_assert_ptr_nonnull(f);
	plinth_write_explained(f, out, r, x);
	fclose(f);
	return buf;
}

START_TEST(writers)
{
	struct one o;
	const struct plinth_explanation *x = explain_first(&o, "client: C-1\npain: 8\ntilt: anterior\n");
	struct plinth_output out = { .format = PLINTH_JSON, .protocol_file = "t.plinth", .explain = 1 };
	char *json = written(&out, o.res, x);
	ck_assert_ptr_nonnull(strstr(json, ",\"explain\":{\"checks\":[{\"check\":\"sitting\","
	                                   "\"question\":\"Long sitting?\",\"condition\":\"hours >= 6\","
	                                   "\"value\":\"unknown\",\"at\":\"t.plinth:11:3\","
	                                   "\"fields\":[{\"field\":\"hours\",\"value\":null}],"
	                                   "\"missing\":[\"hours\"]}"));
	ck_assert_ptr_nonnull(strstr(json, "{\"field\":\"pain\",\"value\":\"8\",\"at\":\"t.yaml:2:7\"}"));
	ck_assert_str_eq(json + strlen(json) - 4, "]}}\n");

	out.format = PLINTH_TEXT;
	char *text = written(&out, o.res, x);
	ck_assert_ptr_nonnull(strstr(text, "\n  explain:\n    checks:\n      sitting = unknown\n"
	                                   "        question: Long sitting?\n"
	                                   "        condition: hours >= 6\n"
	                                   "        hours missing\n"
	                                   "        missing: hours\n"));
	ck_assert_ptr_nonnull(strstr(text, "        caution if pain >= 7 = true\n"
	                                   "          pain = 8 (t.yaml:2:7)\n"));

	/* without explain, or with no explanation, the plain result */
	out.explain = 0;
	char *plain = written(&out, o.res, x);
	ck_assert_ptr_null(strstr(plain, "explain"));
	ck_assert_int_eq(strncmp(plain, text, strlen(plain)), 0);
	out.explain = 1;
	char *none = written(&out, o.res, NULL);
	ck_assert_str_eq(none, plain);
	free(json);
	free(text);
	free(plain);
	free(none);
	one_free(&o);
}
END_TEST

/* A writer given the protocol renders its fixed text once; it must
 * write what it writes from the result alone, and a protocol_file other
 * than the compiled one must still name "at". */
START_TEST(json_rendered_once_same_as_from_result)
{
	static const char proto[] =
		"protocol t \"T\" {\n"
		"  reference r1 \"One \\\"quoted\\\"\"\n"
		"  record { ok: bool  bad: bool  pain: int  flags: set of {f1, f2} }\n"
		"  stage s \"S\" {\n"
		"    step a \"A\" { requires ok \"needs ok\"  technique \"slow\"  note \"n1\" }\n"
		"    step b \"B \\\"two\\\"\" { contraindicated if bad \"bad\" cite r1  caution if pain > 5 \"gently\" }\n"
		"    step c \"C\" { after a  requires f1 in flags  caution if pain > 7 \"easy\"  note \"n2\" }\n"
		"    step d \"D\" { contraindicated if pain > 9 \"too much pain\" cite r1 }\n"
		"  }\n"
		"}\n";
	static const char *const records[] = {
		"ok: false\nbad: true\npain: 6\nflags: [f2]\n",
		"pain: 8\n",
		"ok: true\nbad: false\npain: 10\nflags: [f1]\n",
	};
	for (int i = 0; i < 3; i++) {
		struct one o;
		one_record(&o, proto, records[i]);
		struct plinth_output plain = { .format = PLINTH_JSON, .protocol_file = "t.plinth" };
		char *a = written(&plain, o.res, NULL), *b = written_by(o.p, &plain, o.res, NULL);
		ck_assert_str_eq(b, a);
		struct plinth_output elsewhere = plain;
		elsewhere.protocol_file = "elsewhere/t.plinth";
		char *c = written_by(o.p, &elsewhere, o.res, NULL);
		ck_assert_ptr_null(strstr(c, "\"t.plinth:"));
		ck_assert_ptr_nonnull(strstr(c, "\"elsewhere/t.plinth:"));
		free(a);
		free(b);
		free(c);
		one_free(&o);
	}
}
END_TEST

Suite *explain_suite(void)
{
	Suite *s = suite_create("explain");
	TCase *t = tcase_create("values");
	tcase_add_test(t, checks_as_written);
	tcase_add_test(t, clauses_true_false_unknown);
	tcase_add_test(t, fields_under_is_missing);
	tcase_add_test(t, values_of_every_type);
	tcase_add_test(t, null_is_missing);
	suite_add_tcase(s, t);
	t = tcase_create("records");
	tcase_add_test(t, done_and_skipped_steps_keep_their_clauses);
	tcase_add_test(t, invalid_record_has_none);
	tcase_add_test(t, eval_then_explain);
	tcase_add_test(t, writers);
	tcase_add_test(t, json_rendered_once_same_as_from_result);
	suite_add_tcase(s, t);
	return s;
}

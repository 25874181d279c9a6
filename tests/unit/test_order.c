/* Plan order: stages in order; within a stage, `after` respected and
 * ties broken by the written order (the earliest-written step whose
 * `after` steps are placed goes next).  The order is fixed when the
 * protocol compiles, so every record lists its decisions in it. */
#include <string.h>

#include "helpers.h"
#include "suites.h"

#define PROTO(stages) "protocol t \"T\" {\n  record { ok: bool }\n" stages "}\n"

/* The steps of the protocol in plan order, as decided for a record
 * that plans every step without clauses. */
static const char *order_of(const char *src)
{
	static char buf[1024];
	struct one o;
	const struct plinth_result *r = one_record(&o, src, "ok: true\n");
	ck_assert_ptr_null(r->error);
	buf[0] = '\0';
	for (int i = 0; i < r->ndecisions; i++) {
		if (i)
			strcat(buf, ", ");
		strcat(buf, r->decisions[i].step);
	}
	/* Planned steps are numbered in the same order. */
	int seq = 0;
	for (int i = 0; i < r->ndecisions; i++)
		if (r->decisions[i].status == PLINTH_PLANNED)
			ck_assert_int_eq(r->decisions[i].seq, ++seq);
	one_free(&o);
	return buf;
}

START_TEST(stages_in_written_order)
{
	ck_assert_str_eq(order_of(PROTO("stage s1 \"1\" { step a \"A\" step b \"B\" }\n"
	                                "stage s2 \"2\" { step c \"C\" }\n"
	                                "stage s3 \"3\" { step d \"D\"  step e \"E\" }\n")),
	                 "a, b, c, d, e");
	/* Steps never written out of order without a reason. */
	ck_assert_str_eq(order_of(PROTO("stage s \"S\" { step z \"Z\" step y \"Y\" step x \"X\" }\n")),
	                 "z, y, x");
}
END_TEST

START_TEST(after_within_a_stage)
{
	ck_assert_str_eq(order_of(PROTO("stage s \"S\" { step a \"A\" { after b } step b \"B\" }\n")), "b, a");
	ck_assert_str_eq(order_of(PROTO("stage s \"S\" {\n"
	                                "  step a \"A\" { after b }\n"
	                                "  step b \"B\" { after c }\n"
	                                "  step c \"C\"\n"
	                                "}\n")),
	                 "c, b, a");
}
END_TEST

/* a, b, c with `a after c` gives b, c, a: b is the earliest step that
 * can go first; then c; then a. */
START_TEST(ties_in_written_order)
{
	ck_assert_str_eq(order_of(PROTO("stage s \"S\" {\n"
	                                "  step a \"A\" { after c }\n"
	                                "  step b \"B\"\n"
	                                "  step c \"C\"\n"
	                                "}\n")),
	                 "b, c, a");
	ck_assert_str_eq(order_of(PROTO("stage s \"S\" {\n"
	                                "  step a \"A\" { after c }\n"
	                                "  step b \"B\" { after c }\n"
	                                "  step c \"C\"\n"
	                                "  step d \"D\"\n"
	                                "}\n")),
	                 "c, a, b, d");
	ck_assert_str_eq(order_of(PROTO("stage s \"S\" {\n"
	                                "  step d \"D\" { after b, c }\n"
	                                "  step c \"C\" { after a }\n"
	                                "  step b \"B\" { after a }\n"
	                                "  step a \"A\"\n"
	                                "}\n")),
	                 "a, c, b, d");
	ck_assert_str_eq(order_of(PROTO("stage s \"S\" {\n"
	                                "  step a \"A\"\n"
	                                "  step b \"B\" { after d }\n"
	                                "  step c \"C\"\n"
	                                "  step d \"D\"\n"
	                                "  step e \"E\"\n"
	                                "}\n")),
	                 "a, c, d, b, e");
}
END_TEST

/* `after` naming an earlier stage or a step in it keeps the stage
 * order; the steps of a stage stay in their order. */
START_TEST(after_a_whole_stage)
{
	ck_assert_str_eq(order_of(PROTO("stage s1 \"1\" { step a \"A\" step b \"B\" }\n"
	                                "stage s2 \"2\" { step c \"C\" { after s1 } step d \"D\" { after a } }\n")),
	                 "a, b, c, d");
	ck_assert_str_eq(order_of(PROTO("stage s1 \"1\" { step a \"A\" step b \"B\" }\n"
	                                "stage s2 \"2\" { after s1  step c \"C\" step d \"D\" }\n")),
	                 "a, b, c, d");
}
END_TEST

/* After a whole stage: blocked by any blocked step of it; a stage-level
 * `after` holds for each step of the stage. */
START_TEST(after_a_whole_stage_blocks)
{
	const char *src = PROTO("stage s1 \"1\" {\n"
	                        "  step a \"A\"\n"
	                        "  step b \"B\" { requires ok \"needs ok\" }\n"
	                        "}\n"
	                        "stage s2 \"2\" { after s1  step c \"C\"  step d \"D\" }\n"
	                        "stage s3 \"3\" { step e \"E\" { after s2 }  step f \"F\" { after a } }\n");
	struct one o;
	const struct plinth_result *r = one_record(&o, src, "ok: false\n");
	ck_assert_str_eq(plan_of(r), "a, f");
	const char *const blocked[] = { "c", "d" };
	for (int i = 0; i < 2; i++) {
		const struct plinth_decision *d = decision(r, blocked[i]);
		ck_assert_int_eq(d->status, PLINTH_BLOCKED);
		ck_assert_int_eq(d->nreasons, 1);
		ck_assert_int_eq(d->reasons[0].kind, PLINTH_DEPENDENCY);
		ck_assert_str_eq(d->reasons[0].after, "b");
	}
	const struct plinth_decision *e = decision(r, "e");
	ck_assert_int_eq(e->status, PLINTH_BLOCKED);
	ck_assert_msg(e->nreasons == 2, "%s", reasons_text(e));
	ck_assert_str_eq(e->reasons[0].after, "c");
	ck_assert_str_eq(e->reasons[1].after, "d");
	one_free(&o);

	r = one_record(&o, src, "ok: true\n");
	ck_assert_str_eq(plan_of(r), "a, b, c, d, e, f");
	one_free(&o);
}
END_TEST

/* The order is the protocol's, not the record's: skipped, done and
 * blocked steps keep their places. */
START_TEST(order_fixed_at_compile_time)
{
	const char *src = PROTO("stage s \"S\" {\n"
	                        "  step a \"A\" { after c }\n"
	                        "  step b \"B\" { only if ok }\n"
	                        "  step c \"C\" { requires ok \"needs ok\" }\n"
	                        "}\n");
	plinth_protocol *p = compile_ok(src);
	struct run run;
	run_open(&run, p, "ok: true\n---\nok: false\n---\ndone: [c]\n---\nok: ~\n", 0);
	const struct plinth_result *r;
	int n = 0;
	while ((r = run_next(&run))) {
		ck_assert_ptr_null(r->error);
		ck_assert_int_eq(r->ndecisions, 3);
		ck_assert_str_eq(r->decisions[0].step, "b");
		ck_assert_str_eq(r->decisions[1].step, "c");
		ck_assert_str_eq(r->decisions[2].step, "a");
		n++;
	}
	ck_assert_int_eq(n, 4);
	run_close(&run);
	plinth_protocol_free(p);
}
END_TEST

Suite *order_suite(void)
{
	Suite *s = suite_create("order");
	TCase *t = tcase_create("plan");
	tcase_add_test(t, stages_in_written_order);
	tcase_add_test(t, after_within_a_stage);
	tcase_add_test(t, ties_in_written_order);
	tcase_add_test(t, after_a_whole_stage);
	tcase_add_test(t, after_a_whole_stage_blocks);
	tcase_add_test(t, order_fixed_at_compile_time);
	suite_add_tcase(s, t);
	return s;
}

/* The status of each step for a record: done, skipped, blocked with its
 * reasons in order, planned with its cautions; and the worked example
 * of language.md, which must give exactly the plan stated there. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "suites.h"

#define HEAD                                  \
	"protocol t \"T\" {\n"                \
	"  reference r1 \"First\"\n"          \
	"  reference r2 \"Second\"\n"         \
	"  record {\n"                        \
	"    ok: bool\n"                      \
	"    bad: bool\n"                     \
	"    age: int\n"                      \
	"    score: number\n"                 \
	"    pain: int in 0..10\n"            \
	"    flags: set of {f1, f2}\n"        \
	"  }\n"                               \
	"  check risky = age > 60 and score > 2\n"
#define PROTO(stages) HEAD stages "}\n"

static void ck_fields(const struct plinth_reason *r, int n, const char *f0, const char *f1)
{
	ck_assert_int_eq(r->kind, PLINTH_UNASSESSED);
	ck_assert_int_eq(r->nfields, n);
	if (n > 0)
		ck_assert_str_eq(r->fields[0], f0);
	if (n > 1)
		ck_assert_str_eq(r->fields[1], f1);
	ck_assert_ptr_nonnull(r->message);
	for (int i = 0; i < n; i++)
		ck_assert_msg(strstr(r->message, r->fields[i]), "message '%s' does not name %s", r->message,
		              r->fields[i]);
}

/* 1. A step in `done` is done, whatever its clauses say. */
START_TEST(done_beats_everything)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\" {\n"
		"      only if not ok\n"
		"      requires ok \"needs ok\"\n"
		"      contraindicated if bad \"bad\"\n"
		"      contraindicated if age > 3 \"age unknown\"\n"
		"    }\n"
		"    step b \"B\" { contraindicated if bad \"bad\" }\n"
		"  }\n"),
		"ok: true\nbad: true\ndone: [a, b]\n");
	ck_assert_ptr_null(r->error);
	for (int i = 0; i < 2; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		ck_assert_int_eq(d->status, PLINTH_DONE);
		ck_assert_int_eq(d->seq, 0);
		ck_assert_int_eq(d->nreasons, 0);
		ck_assert_int_eq(d->ncautions, 0);
	}
	ck_assert_str_eq(plan_of(r), "");
	one_free(&o);
}
END_TEST

/* 2. A false `only if` skips, even when other clauses are unknown. */
START_TEST(false_only_if_skips_despite_unknowns)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\" {\n"
		"      requires age > 3 \"old enough\"\n"
		"      contraindicated if score > 1 \"high score\"\n"
		"      only if ok\n"
		"    }\n"
		"    step b \"B\" {\n"
		"      only if age > 3\n"
		"      only if ok\n"
		"    }\n"
		"  }\n"
		"  stage u \"U\" {\n"
		"    only if ok\n"
		"    step c \"C\" { only if age > 3  contraindicated if bad \"bad\" }\n"
		"  }\n"),
		"ok: false\nbad: true\n");
	ck_assert_ptr_null(r->error);
	ck_assert_str_eq(steps_with(r, PLINTH_SKIPPED), "a, b, c");
	for (int i = 0; i < r->ndecisions; i++)
		ck_assert_int_eq(r->decisions[i].nreasons, 0);
	one_free(&o);
}
END_TEST

/* 3. An unknown `only if` blocks the step, unassessed, naming the
 * missing field. */
START_TEST(unknown_only_if_is_unassessed)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\" { only if age > 3 }\n"
		"  }\n"),
		"ok: true\n");
	const struct plinth_decision *d = decision(r, "a");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_int_eq(d->seq, 0);
	ck_assert_int_eq(d->nreasons, 1);
	ck_fields(&d->reasons[0], 1, "age", NULL);
	ck_assert_int_eq(d->reasons[0].line, 14);
	ck_assert_int_eq(d->reasons[0].column, 18);
	one_free(&o);
}
END_TEST

/* 3. Unknown `contraindicated if` and `requires` are unassessed too; the
 * fields are found through checks, and only the missing ones named. */
START_TEST(unknown_contraindication_and_requirement)
{
	struct one o;
	const char *src = PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\" { contraindicated if risky \"too risky\" }\n"
		"    step b \"B\" { requires ok and score < 5 \"fit\" }\n"
		"  }\n");
	const struct plinth_result *r = one_record(&o, src, "score: 3\nok: true\n");
	const struct plinth_decision *d = decision(r, "a");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_int_eq(d->nreasons, 1);
	ck_fields(&d->reasons[0], 1, "age", NULL);
	ck_assert_int_eq(decision(r, "b")->status, PLINTH_PLANNED);
	one_free(&o);

	r = one_record(&o, src, "bad: false\n");
	d = decision(r, "a");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_int_eq(d->nreasons, 1);
	ck_fields(&d->reasons[0], 2, "age", "score");
	d = decision(r, "b");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_int_eq(d->nreasons, 1);
	ck_fields(&d->reasons[0], 2, "ok", "score");
	one_free(&o);

	/* Known false decides `and`: nothing unknown, nothing blocks. */
	r = one_record(&o, src, "score: 1\nok: false\n");
	ck_assert_int_eq(decision(r, "a")->status, PLINTH_PLANNED);
	d = decision(r, "b");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_int_eq(d->nreasons, 1);
	ck_assert_int_eq(d->reasons[0].kind, PLINTH_UNMET);
	ck_assert_str_eq(d->reasons[0].message, "fit");
	one_free(&o);
}
END_TEST

/* 4. Every reason is listed, in the order contraindicated, unassessed,
 * unmet, dependency, whatever order the clauses are written in. */
START_TEST(reasons_in_order)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, PROTO(
		"  stage s \"S\" {\n"
		"    step w \"W\" { requires ok \"needs ok\" }\n"
		"    step x \"X\" {\n"
		"      after w\n"
		"      requires ok \"needs ok\"\n"
		"      contraindicated if age > 3 \"old\"\n"
		"      contraindicated if bad \"is bad\" cite r1, r2\n"
		"      contraindicated if score > 1 \"high\" cite r2\n"
		"    }\n"
		"  }\n"),
		"ok: false\nbad: true\nscore: 2\n");
	ck_assert_ptr_null(r->error);
	const struct plinth_decision *d = decision(r, "x");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_msg(d->nreasons == 5, "%s", reasons_text(d));
	ck_assert_int_eq(d->reasons[0].kind, PLINTH_CONTRAINDICATED);
	ck_assert_str_eq(d->reasons[0].message, "is bad");
	ck_assert_int_eq(d->reasons[0].ncites, 2);
	ck_assert_str_eq(d->reasons[0].cites[0], "r1");
	ck_assert_str_eq(d->reasons[0].cites[1], "r2");
	ck_assert_int_eq(d->reasons[0].line, 19);
	ck_assert_int_eq(d->reasons[0].column, 7);
	ck_assert_int_eq(d->reasons[1].kind, PLINTH_CONTRAINDICATED);
	ck_assert_str_eq(d->reasons[1].message, "high");
	ck_assert_int_eq(d->reasons[1].ncites, 1);
	ck_fields(&d->reasons[2], 1, "age", NULL);
	ck_assert_int_eq(d->reasons[3].kind, PLINTH_UNMET);
	ck_assert_str_eq(d->reasons[3].message, "needs ok");
	ck_assert_int_eq(d->reasons[4].kind, PLINTH_DEPENDENCY);
	ck_assert_str_eq(d->reasons[4].after, "w");
	ck_assert_ptr_nonnull(strstr(d->reasons[4].message, "w"));
	one_free(&o);
}
END_TEST

/* Stage clauses apply to every step of the stage. */
START_TEST(stage_clauses_apply_to_each_step)
{
	struct one o;
	const char *src = PROTO(
		"  stage s \"S\" {\n"
		"    contraindicated if bad \"stage says no\" cite r1\n"
		"    step a \"A\"\n"
		"    step b \"B\" { requires ok \"needs ok\" }\n"
		"  }\n"
		"  stage u \"U\" {\n"
		"    caution if pain > 5 \"gently\"\n"
		"    step c \"C\"\n"
		"  }\n");
	const struct plinth_result *r = one_record(&o, src, "bad: true\nok: false\npain: 6\n");
	const struct plinth_decision *a = decision(r, "a"), *b = decision(r, "b");
	ck_assert_int_eq(a->status, PLINTH_BLOCKED);
	ck_assert_str_eq(reasons_text(a), "contraindicated: stage says no");
	ck_assert_int_eq(b->status, PLINTH_BLOCKED);
	ck_assert_str_eq(reasons_text(b), "contraindicated: stage says no; unmet: needs ok");
	const struct plinth_decision *c = decision(r, "c");
	ck_assert_int_eq(c->status, PLINTH_PLANNED);
	ck_assert_int_eq(c->ncautions, 1);
	ck_assert_str_eq(c->cautions[0].message, "gently");
	one_free(&o);
}
END_TEST

/* 5. Only a blocked step blocks the steps after it; skipped and done
 * steps satisfy `after`. */
START_TEST(dependency_only_on_blocked)
{
	const char *src = PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\" { only if ok }\n"
		"    step b \"B\" { after a }\n"
		"    step c \"C\" { after b }\n"
		"  }\n");
	struct one o;
	const struct plinth_result *r = one_record(&o, src, "ok: false\n");
	ck_assert_int_eq(decision(r, "a")->status, PLINTH_SKIPPED);
	ck_assert_str_eq(plan_of(r), "b, c");
	one_free(&o);

	r = one_record(&o, src, "ok: ~\ndone: [a]\n");
	ck_assert_int_eq(decision(r, "a")->status, PLINTH_DONE);
	ck_assert_str_eq(plan_of(r), "b, c");
	one_free(&o);

	r = one_record(&o, src, "ok: true\n");
	ck_assert_str_eq(plan_of(r), "a, b, c");
	one_free(&o);

	/* a unassessed: b waits for it, and c for b. */
	r = one_record(&o, src, "bad: false\n");
	ck_assert_int_eq(decision(r, "a")->status, PLINTH_BLOCKED);
	const struct plinth_decision *b = decision(r, "b"), *c = decision(r, "c");
	ck_assert_int_eq(b->status, PLINTH_BLOCKED);
	ck_assert_int_eq(b->nreasons, 1);
	ck_assert_int_eq(b->reasons[0].kind, PLINTH_DEPENDENCY);
	ck_assert_str_eq(b->reasons[0].after, "a");
	ck_assert_int_eq(c->status, PLINTH_BLOCKED);
	ck_assert_int_eq(c->nreasons, 1);
	ck_assert_str_eq(c->reasons[0].after, "b");
	ck_assert_str_eq(plan_of(r), "");
	one_free(&o);

	/* b done: c may go ahead although a is blocked. */
	r = one_record(&o, src, "done: [b]\n");
	ck_assert_int_eq(decision(r, "a")->status, PLINTH_BLOCKED);
	ck_assert_int_eq(decision(r, "b")->status, PLINTH_DONE);
	ck_assert_str_eq(plan_of(r), "c");
	one_free(&o);
}
END_TEST

/* A dependency through a whole stage names the blocked step. */
START_TEST(dependency_through_stage)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\"\n"
		"    step b \"B\" { requires ok \"needs ok\" }\n"
		"    step c \"C\" { only if bad }\n"
		"  }\n"
		"  stage u \"U\" {\n"
		"    step d \"D\" { after s }\n"
		"    step e \"E\"\n"
		"  }\n"),
		"ok: false\nbad: false\n");
	const struct plinth_decision *d = decision(r, "d");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_int_eq(d->nreasons, 1);
	ck_assert_int_eq(d->reasons[0].kind, PLINTH_DEPENDENCY);
	ck_assert_str_eq(d->reasons[0].after, "b");
	ck_assert_str_eq(plan_of(r), "a, e");
	one_free(&o);
}
END_TEST

/* 6. A true caution rides on a planned step; an unknown one is shown as
 * unassessed and does not block; a false one is not shown. */
START_TEST(cautions_on_planned_steps)
{
	const char *src = PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\" {\n"
		"      caution if pain >= 7 \"work gently\"\n"
		"      caution if risky \"watch the client\"\n"
		"    }\n"
		"  }\n");
	struct one o;
	const struct plinth_result *r = one_record(&o, src, "pain: 8\nage: 70\nscore: 3\n");
	const struct plinth_decision *d = decision(r, "a");
	ck_assert_int_eq(d->status, PLINTH_PLANNED);
	ck_assert_int_eq(d->nreasons, 0);
	ck_assert_int_eq(d->ncautions, 2);
	ck_assert_int_eq(d->cautions[0].kind, PLINTH_CAUTION);
	ck_assert_str_eq(d->cautions[0].message, "work gently");
	ck_assert_int_eq(d->cautions[0].line, 15);
	ck_assert_int_eq(d->cautions[0].column, 7);
	ck_assert_int_eq(d->cautions[1].kind, PLINTH_CAUTION);
	ck_assert_str_eq(d->cautions[1].message, "watch the client");
	one_free(&o);

	r = one_record(&o, src, "pain: 3\nage: 20\nscore: 3\n");
	d = decision(r, "a");
	ck_assert_int_eq(d->status, PLINTH_PLANNED);
	ck_assert_int_eq(d->ncautions, 0);
	one_free(&o);

	r = one_record(&o, src, "age: 20\n");
	d = decision(r, "a");
	ck_assert_int_eq(d->status, PLINTH_PLANNED);
	ck_assert_int_eq(d->ncautions, 1);
	ck_fields(&d->cautions[0], 1, "pain", NULL);
	one_free(&o);
}
END_TEST

/* Cautions are shown only on planned steps. */
START_TEST(no_cautions_unless_planned)
{
	const char *src = PROTO(
		"  stage s \"S\" {\n"
		"    step a \"A\" {\n"
		"      requires ok \"needs ok\"\n"
		"      caution if pain >= 7 \"work gently\"\n"
		"      caution if age > 1 \"unknown caution\"\n"
		"    }\n"
		"    step b \"B\" { only if ok  caution if pain >= 7 \"work gently\" }\n"
		"  }\n");
	struct one o;
	const struct plinth_result *r = one_record(&o, src, "ok: false\npain: 9\n");
	const struct plinth_decision *a = decision(r, "a"), *b = decision(r, "b");
	ck_assert_int_eq(a->status, PLINTH_BLOCKED);
	ck_assert_str_eq(reasons_text(a), "unmet: needs ok");
	ck_assert_int_eq(a->ncautions, 0);
	ck_assert_int_eq(b->status, PLINTH_SKIPPED);
	ck_assert_int_eq(b->ncautions, 0);
	one_free(&o);
}
END_TEST

/* Planned steps are numbered 1, 2, ... in plan order; others get 0.
 * Techniques and notes travel with the step. */
START_TEST(sequence_numbers_and_texts)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, PROTO(
		"  stage s \"S\" {\n"
		"    note \"for the whole stage\"\n"
		"    step a \"Step A\" { technique \"slowly\"  note \"mind the knee\" }\n"
		"    step b \"Step B\" { only if ok }\n"
		"    step c \"Step C\" { requires ok \"x\" }\n"
		"    step d \"Step D\"\n"
		"  }\n"),
		"ok: false\n");
	ck_assert_int_eq(decision(r, "a")->seq, 1);
	ck_assert_int_eq(decision(r, "b")->seq, 0);
	ck_assert_int_eq(decision(r, "c")->seq, 0);
	ck_assert_int_eq(decision(r, "d")->seq, 2);
	const struct plinth_decision *a = decision(r, "a");
	ck_assert_str_eq(a->title, "Step A");
	ck_assert_str_eq(a->stage, "s");
	ck_assert_int_eq(a->ntechniques, 1);
	ck_assert_str_eq(a->techniques[0], "slowly");
	ck_assert_int_eq(a->nnotes, 2);
	ck_assert_str_eq(a->notes[0], "for the whole stage");
	ck_assert_str_eq(a->notes[1], "mind the knee");
	one_free(&o);
}
END_TEST

/* ---- the worked example of language.md ---------------------------- */

static const char *const spec_protocol =
	"# Safe release of a tight iliopsoas: assess, address compensation,\n"
	"# release gently, then stabilise.\n"
	"protocol iliopsoas \"Safe iliopsoas release\" {\n"
	"  version \"1.0\"\n"
	"\n"
	"  reference massey2013 \"Massey et al. (2013). Neurological implications of iliopsoas release: a case study.\"\n"
	"  reference dye2014    \"Dye et al. (2014). Pathophysiology of iliopsoas and hip flexor tightness.\"\n"
	"\n"
	"  record {\n"
	"    client:                        text id\n"
	"    history.sitting_hours_per_day: number in 0..24\n"
	"    posture.pelvic_tilt:           one of {neutral, anterior, posterior}\n"
	"    posture.lumbar_lordosis:       one of {normal, hyper, hypo}\n"
	"    posture.improved:              bool\n"
	"    overactive:                    set of {quadratus_lumborum, rectus_femoris, gluteus_medius}\n"
	"    nerve_signs:                   set of {numbness, tingling, weakness}\n"
	"    conditions:                    set of {herniated_disc, si_joint_dysfunction, lumbar_instability}\n"
	"    pain:                          int in 0..10\n"
	"  }\n"
	"\n"
	"  check prolonged_sitting \"Has the client sat for long periods?\"\n"
	"    = history.sitting_hours_per_day >= 6\n"
	"  check postural_pattern \"Anterior pelvic tilt or lumbar hyperlordosis?\"\n"
	"    = posture.pelvic_tilt == anterior or posture.lumbar_lordosis == hyper\n"
	"  check nerve_involvement \"Any signs of nerve involvement or referred pain?\"\n"
	"    = nerve_signs is not empty\n"
	"\n"
	"  stage assessment \"Assess posture, gait and movement\" {\n"
	"    step posture_assessment \"Assess posture, gait and movement patterns\"\n"
	"  }\n"
	"\n"
	"  stage compensation \"Release compensating muscles first\" {\n"
	"    step release_quadratus_lumborum \"Release quadratus lumborum\" {\n"
	"      only if quadratus_lumborum in overactive\n"
	"    }\n"
	"    step release_rectus_femoris \"Release rectus femoris\" {\n"
	"      only if rectus_femoris in overactive\n"
	"    }\n"
	"    step release_gluteus_medius \"Release gluteus medius\" {\n"
	"      only if gluteus_medius in overactive\n"
	"    }\n"
	"  }\n"
	"\n"
	"  stage release \"Gentle, progressive iliopsoas release\" {\n"
	"    step iliopsoas_release \"Gentle, progressive iliopsoas release\" {\n"
	"      technique \"myofascial release, trigger point or neuromuscular therapy; slow and gradual\"\n"
	"      after compensation\n"
	"      requires posture.improved \"posture has not improved yet\"\n"
	"      contraindicated if nerve_involvement \"signs of nerve involvement\" cite massey2013\n"
	"      contraindicated if herniated_disc in conditions \"herniated disc\" cite dye2014\n"
	"      contraindicated if lumbar_instability in conditions \"unstable lumbar spine\" cite dye2014\n"
	"      caution if pain >= 7 \"work within the client's comfort\"\n"
	"    }\n"
	"  }\n"
	"\n"
	"  stage stabilization \"Strengthen and stabilise\" {\n"
	"    step pelvic_tilts \"Pelvic tilts\" {\n"
	"      only if postural_pattern\n"
	"    }\n"
	"    step glute_bridges \"Glute bridges\"\n"
	"    step hip_flexor_stretch \"Hip flexor stretches\" {\n"
	"      after iliopsoas_release\n"
	"    }\n"
	"    step sitting_breaks \"Plan regular breaks from sitting\" {\n"
	"      only if prolonged_sitting\n"
	"    }\n"
	"  }\n"
	"}\n";

static const char *const spec_record =
	"client: C-0042\n"
	"history:\n"
	"  sitting_hours_per_day: 9\n"
	"posture:\n"
	"  pelvic_tilt: anterior\n"
	"  lumbar_lordosis: hyper\n"
	"  improved: false\n"
	"overactive: [quadratus_lumborum]\n"
	"nerve_signs: [tingling]\n"
	"conditions: []\n"
	"pain: 4\n"
	"done: [posture_assessment]\n";

/* Everything language.md states about the example client. */
static void ck_worked_example(const struct plinth_result *r)
{
	ck_assert_msg(!r->error, "record error: %s", r->error);
	ck_assert_str_eq(r->id, "C-0042");
	ck_assert_str_eq(plan_of(r), "release_quadratus_lumborum, pelvic_tilts, glute_bridges, sitting_breaks");
	ck_assert_str_eq(steps_with(r, PLINTH_BLOCKED), "iliopsoas_release, hip_flexor_stretch");
	ck_assert_str_eq(steps_with(r, PLINTH_DONE), "posture_assessment");
	ck_assert_str_eq(steps_with(r, PLINTH_SKIPPED), "release_rectus_femoris, release_gluteus_medius");

	const struct plinth_decision *d = decision(r, "iliopsoas_release");
	ck_assert_msg(d->nreasons == 2, "%s", reasons_text(d));
	ck_assert_int_eq(d->reasons[0].kind, PLINTH_CONTRAINDICATED);
	ck_assert_str_eq(d->reasons[0].message, "signs of nerve involvement");
	ck_assert_int_eq(d->reasons[0].ncites, 1);
	ck_assert_str_eq(d->reasons[0].cites[0], "massey2013");
	ck_assert_int_eq(d->reasons[1].kind, PLINTH_UNMET);
	ck_assert_str_eq(d->reasons[1].message, "posture has not improved yet");

	d = decision(r, "hip_flexor_stretch");
	ck_assert_int_eq(d->nreasons, 1);
	ck_assert_int_eq(d->reasons[0].kind, PLINTH_DEPENDENCY);
	ck_assert_str_eq(d->reasons[0].after, "iliopsoas_release");

	static const char *const plan[] = { "release_quadratus_lumborum", "pelvic_tilts", "glute_bridges",
		                            "sitting_breaks" };
	for (int i = 0; i < 4; i++) {
		d = decision(r, plan[i]);
		ck_assert_int_eq(d->seq, i + 1);
		ck_assert_int_eq(d->ncautions, 0);
	}
}

START_TEST(worked_example)
{
	struct one o;
	const struct plinth_result *r = one_record(&o, spec_protocol, spec_record);
	ck_worked_example(r);
	/* Decisions come in plan order: stage by stage, as written. */
	static const char *const order[] = {
		"posture_assessment", "release_quadratus_lumborum", "release_rectus_femoris",
		"release_gluteus_medius", "iliopsoas_release", "pelvic_tilts", "glute_bridges",
		"hip_flexor_stretch", "sitting_breaks",
	};
	ck_assert_int_eq(r->ndecisions, 9);
	for (int i = 0; i < 9; i++)
		ck_assert_str_eq(r->decisions[i].step, order[i]);
	ck_assert_ptr_null(run_next(&o.run));
	one_free(&o);
}
END_TEST

/* The shipped reference protocol gives the same plan for the client. */
START_TEST(worked_example_with_shipped_protocol)
{
	size_t len;
	char *src = read_source_file("protocols/iliopsoas.plinth", &len);
	struct one o;
	const struct plinth_result *r = one_record(&o, src, spec_record);
	ck_worked_example(r);
	one_free(&o);
	free(src);
}
END_TEST

/* Change one fact and the example moves as the rules say. */
START_TEST(worked_example_variations)
{
	struct one o;
	/* Nothing about nerves: unassessed, and the stretch waits. */
	const struct plinth_result *r = one_record(&o, spec_protocol,
		"client: C-1\n"
		"posture: {pelvic_tilt: neutral, lumbar_lordosis: normal, improved: true}\n"
		"overactive: []\nconditions: []\npain: 8\n"
		"done: [posture_assessment]\n");
	const struct plinth_decision *d = decision(r, "iliopsoas_release");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_assert_int_eq(d->nreasons, 1);
	ck_fields(&d->reasons[0], 1, "nerve_signs", NULL);
	ck_assert_int_eq(decision(r, "hip_flexor_stretch")->status, PLINTH_BLOCKED);
	/* No sitting hours: sitting_breaks is unassessed, not skipped. */
	d = decision(r, "sitting_breaks");
	ck_assert_int_eq(d->status, PLINTH_BLOCKED);
	ck_fields(&d->reasons[0], 1, "history.sitting_hours_per_day", NULL);
	ck_assert_str_eq(plan_of(r), "glute_bridges");
	one_free(&o);

	/* Safe and improved: the release is planned with its caution. */
	r = one_record(&o, spec_protocol,
		"client: C-2\n"
		"history: {sitting_hours_per_day: 2.5}\n"
		"posture: {pelvic_tilt: neutral, lumbar_lordosis: normal, improved: true}\n"
		"overactive: [rectus_femoris]\nnerve_signs: []\nconditions: [si_joint_dysfunction]\npain: 7\n");
	ck_assert_str_eq(plan_of(r), "posture_assessment, release_rectus_femoris, iliopsoas_release, "
	                             "glute_bridges, hip_flexor_stretch");
	d = decision(r, "iliopsoas_release");
	ck_assert_int_eq(d->ncautions, 1);
	ck_assert_int_eq(d->cautions[0].kind, PLINTH_CAUTION);
	ck_assert_str_eq(d->cautions[0].message, "work within the client's comfort");
	ck_assert_int_eq(d->ntechniques, 1);
	one_free(&o);
}
END_TEST

Suite *status_suite(void)
{
	Suite *s = suite_create("status");
	TCase *t = tcase_create("rules");
	tcase_add_test(t, done_beats_everything);
	tcase_add_test(t, false_only_if_skips_despite_unknowns);
	tcase_add_test(t, unknown_only_if_is_unassessed);
	tcase_add_test(t, unknown_contraindication_and_requirement);
	tcase_add_test(t, reasons_in_order);
	tcase_add_test(t, stage_clauses_apply_to_each_step);
	tcase_add_test(t, dependency_only_on_blocked);
	tcase_add_test(t, dependency_through_stage);
	tcase_add_test(t, cautions_on_planned_steps);
	tcase_add_test(t, no_cautions_unless_planned);
	tcase_add_test(t, sequence_numbers_and_texts);
	suite_add_tcase(s, t);
	t = tcase_create("example");
	tcase_add_test(t, worked_example);
	tcase_add_test(t, worked_example_with_shipped_protocol);
	tcase_add_test(t, worked_example_variations);
	suite_add_tcase(s, t);
	return s;
}

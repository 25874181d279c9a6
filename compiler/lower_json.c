/* The JSON every result of a step repeats (its head, its fixed reasons,
 * its notes), rendered once when the protocol is compiled: escaping the
 * same text for every record was a tenth of planning time. */
#include "lower_json.h"

#include <stdlib.h>

#include "../runtime/outbuf.h"

static const char *kept(struct arena *a, struct outbuf *b)
{
	const char *t = arena_strndup(a, b->p, b->len);
	free(b->p);
	*b = (struct outbuf){ 0 };
	return t;
}

static void names(struct outbuf *b, const char *key, const char *const *v, int n)
{
	ob_str(b, key);
	ob_char(b, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			ob_char(b, ',');
		ob_json_string(b, v[i]);
	}
	ob_char(b, ']');
}

/* The end of any reason the clause gives: where it is, and '}'. */
static const char *at(struct arena *a, const char *file, const struct pclause *c)
{
	struct outbuf b = { 0 };
	ob_str(&b, ",\"at\":");
	ob_json_place(&b, file, c->line, c->column);
	ob_char(&b, '}');
	return kept(a, &b);
}

static const char *clause_reason(struct arena *a, const struct pclause *c)
{
	static const enum plinth_reason_kind kinds[] = {
		[PC_REQUIRES] = PLINTH_UNMET, [PC_CONTRA] = PLINTH_CONTRAINDICATED, [PC_CAUTION] = PLINTH_CAUTION,
	};
	if (c->kind == PC_ONLY_IF)
		return NULL;
	struct outbuf b = { 0 };
	ob_str(&b, "{\"kind\":");
	ob_json_string(&b, plinth_reason_kind_name(kinds[c->kind]));
	ob_str(&b, ",\"message\":");
	ob_json_string(&b, c->message);
	if (c->kind == PC_CONTRA || c->ncites)
		names(&b, ",\"cite\":", c->cites, c->ncites);
	ob_str(&b, c->json_at);
	return kept(a, &b);
}

static const char *missing(struct arena *a, const struct pclause *c)
{
	if (!c->missing_message)
		return NULL;
	struct outbuf b = { 0 };
	ob_str(&b, "{\"kind\":\"unassessed\",\"message\":");
	ob_json_string(&b, c->missing_message);
	if (c->ncites)
		names(&b, ",\"cite\":", c->cites, c->ncites);
	names(&b, ",\"fields\":", c->missing_fields, 1);
	ob_str(&b, c->json_at);
	return kept(a, &b);
}

static const char *dependency(struct arena *a, const char *message, const char *after)
{
	struct outbuf b = { 0 };
	ob_str(&b, "{\"kind\":\"dependency\",\"message\":");
	ob_json_string(&b, message);
	ob_str(&b, ",\"after\":");
	ob_json_string(&b, after);
	ob_char(&b, '}');
	return kept(a, &b);
}

void render_step_json(struct arena *a, const char *file, struct pstep *ps, const char *const *after_names)
{
	struct outbuf b = { 0 };
	ob_json_string(&b, ps->name);
	ps->json_name = kept(a, &b);
	ob_str(&b, "{\"step\":");
	ob_str(&b, ps->json_name);
	ob_str(&b, ",\"stage\":");
	ob_json_string(&b, ps->stage);
	ob_str(&b, ",\"title\":");
	ob_json_string(&b, ps->title);
	ps->json_head = kept(a, &b);
	for (int i = 0; i < ps->nclauses; i++) {
		struct pclause *c = &ps->clauses[i];
		c->json_at = at(a, file, c);
		c->json = clause_reason(a, c);
		c->json_missing = missing(a, c);
	}
	ps->after_json = arena_alloc(a, sizeof *ps->after_json * (size_t)(ps->nafter + 1));
	for (int i = 0; i < ps->nafter; i++)
		ps->after_json[i] = dependency(a, ps->after_message[i], after_names[i]);
	if (ps->ntechniques)
		names(&b, ",\"technique\":", ps->techniques, ps->ntechniques);
	if (ps->nnotes)
		names(&b, ",\"notes\":", ps->notes, ps->nnotes);
	ob_char(&b, '}');
	ps->json_tail = kept(a, &b);
	ob_str(&b, ps->json_head);
	ob_str(&b, ",\"cautions\":[]");
	ob_str(&b, ps->json_tail);
	ps->json_plain = kept(a, &b);
}

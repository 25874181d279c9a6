/* The JSON every result of a step repeats (its head, its fixed reasons,
 * its notes), rendered once when the protocol is compiled: escaping the
 * same text for every record was a tenth of planning time. */
#include "lower_json.h"

#include <stdlib.h>

#include "../runtime/outbuf.h"
#include "../runtime/output.h"

static struct rendered kept(struct arena *a, struct outbuf *b)
{
	struct rendered t = { arena_strndup(a, b->p, b->len), b->len };
	free(b->p);
	*b = (struct outbuf){ 0 };
	return t;
}

/* The reason clause c gives (kind k), as JSON; empty when it gives none
 * that is fixed. */
static struct rendered clause_reason(struct arena *a, const char *file, const struct pclause *c,
                                 enum plinth_reason_kind k)
{
	struct plinth_reason x = { .kind = k, .message = c->message, .cites = c->cites, .ncites = c->ncites,
	                           .line = c->line, .column = c->column };
	if (k == PLINTH_UNASSESSED) {
		if (!c->missing_message)
			return (struct rendered){ NULL, 0 };
		x.message = c->missing_message;
		x.fields = c->missing_fields;
		x.nfields = 1;
	}
	struct outbuf b = { 0 };
	json_reason(&b, file, &x);
	return kept(a, &b);
}

static struct rendered dependency(struct arena *a, const char *message, const char *after)
{
	struct plinth_reason x = { .kind = PLINTH_DEPENDENCY, .message = message, .after = after };
	struct outbuf b = { 0 };
	json_reason(&b, NULL, &x);
	return kept(a, &b);
}

void render_step_json(struct arena *a, const char *file, struct pstep *ps, const char *const *after_names)
{
	struct outbuf b = { 0 };
	ob_json_string(&b, ps->name);
	ps->json_name = kept(a, &b);
	json_step_head(&b, ps->name, ps->stage, ps->title);
	ps->json_head = kept(a, &b);
	static const enum plinth_reason_kind kinds[] = {
		[PC_REQUIRES] = PLINTH_UNMET, [PC_CONTRA] = PLINTH_CONTRAINDICATED, [PC_CAUTION] = PLINTH_CAUTION,
	};
	for (int i = 0; i < ps->nclauses; i++) {
		struct pclause *c = &ps->clauses[i];
		c->json = c->kind == PC_ONLY_IF ? (struct rendered){ NULL, 0 } : clause_reason(a, file, c, kinds[c->kind]);
		c->json_missing = clause_reason(a, file, c, PLINTH_UNASSESSED);
	}
	ps->after_json = arena_alloc(a, sizeof *ps->after_json * (size_t)(ps->nafter + 1));
	for (int i = 0; i < ps->nafter; i++)
		ps->after_json[i] = dependency(a, ps->after_message[i], after_names[i]);
	if (ps->ntechniques)
		json_names(&b, ",\"technique\":", ps->techniques, ps->ntechniques);
	if (ps->nnotes)
		json_names(&b, ",\"notes\":", ps->notes, ps->nnotes);
	ob_char(&b, '}');
	ps->json_tail = kept(a, &b);
	ob_rendered(&b, ps->json_head);
	ob_str(&b, ",\"cautions\":[]");
	ob_rendered(&b, ps->json_tail);
	ps->json_plain = kept(a, &b);
}

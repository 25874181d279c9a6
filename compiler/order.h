/* Orders what is evaluated: checks so each is computed after those it
 * uses, and steps into the one static plan order. */
#ifndef PLINTH_ORDER_H
#define PLINTH_ORDER_H

#include "ast.h"
#include "diag.h"

/* Fills check_order (p->checks.n entries) with checks before their
 * users; reports check cycles. */
void order_checks(struct protocol_ast *p, struct arena *a, plinth_diagnostics *d, struct check **check_order);
/* Sets step->order for every step, reports 'after' cycles and 'after'
 * naming a later stage; fills plan (every step, in plan order). */
void order_steps(struct protocol_ast *p, struct arena *a, plinth_diagnostics *d, struct step **plan);

/* Appends the steps a step must come after (its own 'after' clauses and
 * its stage's), stages expanded, without repeats. */
void after_targets(const struct step *s, struct arena *a, struct vec *out);

#endif

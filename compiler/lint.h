/* Warnings for a protocol that compiles: things never used, empty
 * stages, conditions whose value does not depend on the record, and
 * steps that can never apply. */
#ifndef PLINTH_LINT_H
#define PLINTH_LINT_H

#include "ast.h"
#include "diag.h"

/* check_order: every check after those it names (order_checks). */
void lint_protocol(const struct protocol_ast *p, struct check *const *check_order, struct arena *a,
                   plinth_diagnostics *d);

/* Can condition n come out as `want` for some record with every field
 * known?  False only when that is certain: the analysis folds
 * constants, intersects numeric ranges and one-of members per field
 * across a conjunction, and spots one test taken both ways. */
bool lint_can_be(const struct node *n, bool want, struct arena *a);

#endif

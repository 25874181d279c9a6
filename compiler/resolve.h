/* Name resolution and type checking: one pass over the AST that
 * annotates nodes in place and reports every problem it finds. */
#ifndef PLINTH_RESOLVE_H
#define PLINTH_RESOLVE_H

#include "ast.h"
#include "diag.h"

void resolve_protocol(struct protocol_ast *p, struct arena *a, plinth_diagnostics *d);

/* Lookups shared with the later passes. */
struct field *find_field(const struct protocol_ast *p, const struct path *path);
struct check *find_check(const struct protocol_ast *p, const char *name);
struct step *find_step(const struct protocol_ast *p, const char *name);
struct stage *find_stage(const struct protocol_ast *p, const char *name);

#endif

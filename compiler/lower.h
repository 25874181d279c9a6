/* Lowers a resolved, ordered AST to the flat program the runtime runs. */
#ifndef PLINTH_LOWER_H
#define PLINTH_LOWER_H

#include "../runtime/program.h"
#include "ast.h"

void lower_protocol(struct plinth_protocol *prog, const struct protocol_ast *p,
                    struct check **check_order, struct step **plan);

#endif

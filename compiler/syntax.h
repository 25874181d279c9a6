/* Syntax errors in words a protocol author understands. */
#ifndef PLINTH_SYNTAX_H
#define PLINTH_SYNTAX_H

#include "parse.h"

enum { MAX_SYNTAX_ERRORS = 20 };

/* Reports a syntax error at loc: `unexpected` and `expected` are bison's
 * token names ("\"protocol\"", "'{'", "\"name\"", "end of file"). */
void syntax_error(struct parse_ctx *ctx, struct loc loc, const char *unexpected,
                  const char *const *expected, int nexpected);

/* The scanner's record of open braces, kept only for the hint "to close
 * '{' opened at line N"; matching them is the grammar's job. */
void brace_open(struct parse_ctx *ctx, struct loc loc);
void brace_close(struct parse_ctx *ctx);

#endif

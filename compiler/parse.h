/* State shared by the scanner and the parser for one protocol file. */
#ifndef PLINTH_PARSE_H
#define PLINTH_PARSE_H

#include "ast.h"
#include "diag.h"

struct parse_ctx {
	struct arena *arena;
	plinth_diagnostics *diags;
	struct protocol_ast *proto;
	int line, column;  /* scanner position, 1-based */
	int line_end;      /* column just after the previous line's text */
	struct vec comments; /* struct comment *, moved to proto after parsing */
	struct vec braces;   /* struct loc * of the '{' still open, for hints */
	bool stop;           /* too many errors: the scanner ends the input */
	int syntax_errors;
};

/* Parses src into ctx->proto; every problem goes to ctx->diags. */
void parse_protocol(struct parse_ctx *ctx, const char *src, size_t len);

/* Helpers the grammar calls: each one builds or attaches one thing. */
void proto_begin(struct parse_ctx *ctx, const char *name, const char *title, struct loc loc);
void proto_version(struct parse_ctx *ctx, const char *v, struct loc span);
void proto_span(struct parse_ctx *ctx, struct loc *dst, struct loc span);
void lex_comment(struct parse_ctx *ctx, const char *text, size_t len, struct loc loc);
void proto_add(struct parse_ctx *ctx, struct vec *list, void *item);
int mods_add(struct parse_ctx *ctx, int mods, int mod, struct loc loc);
double number_negate(double v);
/* Reports a NUL byte inside a comment or string: never silently cut. */
void lex_nul_check(struct parse_ctx *ctx, const char *text, size_t len, struct loc loc);
const char *lex_string(struct parse_ctx *ctx, const char *text, size_t len, struct loc loc);

#endif

#include "parse.h"

#include <string.h>

#include "parser.h"
#include "lexer.h"
#include "../base/utf8.h"

enum { MAX_EXPR_DEPTH = 256, MAX_SOURCE = 1 << 20 };

/* Every later pass walks conditions recursively: one that nests too
 * deeply (a chain of thousands of 'and') is an error here, before any
 * of them runs. */
static void check_depth(struct parse_ctx *ctx, const struct node *n)
{
	if (n && n->depth > MAX_EXPR_DEPTH)
		diag_error(ctx->diags, n->loc, DIAG_SYNTAX, "condition nests more than %d operators deep; "
		           "split it into checks", MAX_EXPR_DEPTH);
}

static void check_clauses(struct parse_ctx *ctx, const struct vec *clauses)
{
	for (int i = 0; i < clauses->n; i++)
		check_depth(ctx, ((const struct clause *)clauses->items[i])->cond);
}

void parse_protocol(struct parse_ctx *ctx, const char *src, size_t len)
{
	yyscan_t scanner;
	ctx->line = ctx->column = 1;
	ctx->proto = arena_alloc(ctx->arena, sizeof *ctx->proto);
	if (len > MAX_SOURCE) { /* protocols are kilobytes: this is not one */
		diag_error(ctx->diags, (struct loc){ 1, 1, 1, 2 }, DIAG_SYNTAX, "protocol larger than %d MiB",
		           MAX_SOURCE >> 20);
		return;
	}
	pl_lex_init_extra(ctx, &scanner);
	YY_BUFFER_STATE buf = pl__scan_bytes(src, (int)len, scanner);
	pl_parse(scanner, ctx);
	ctx->proto->comments = ctx->comments;
	pl__delete_buffer(buf, scanner);
	pl_lex_destroy(scanner);
	struct protocol_ast *p = ctx->proto;
	for (int i = 0; i < p->checks.n; i++)
		check_depth(ctx, ((const struct check *)p->checks.items[i])->cond);
	for (int i = 0; i < p->stages.n; i++) {
		const struct stage *g = p->stages.items[i];
		check_clauses(ctx, &g->clauses);
		for (int j = 0; j < g->steps.n; j++)
			check_clauses(ctx, &((const struct step *)g->steps.items[j])->clauses);
	}
}

void proto_begin(struct parse_ctx *ctx, const char *name, const char *title, struct loc loc)
{
	ctx->proto->name = name;
	ctx->proto->title = title;
	ctx->proto->loc = loc;
}

void proto_version(struct parse_ctx *ctx, const char *v, struct loc span)
{
	ctx->proto->version = v;
	ctx->proto->version_span = span;
}

void proto_span(struct parse_ctx *ctx, struct loc *dst, struct loc span)
{
	(void)ctx;
	*dst = span;
}

void lex_comment(struct parse_ctx *ctx, const char *text, size_t len, struct loc loc)
{
	lex_nul_check(ctx, text, len, loc);
	struct comment *c = arena_alloc(ctx->arena, sizeof *c);
	if (len && text[len - 1] == '\r') /* a CRLF file */
		len--;
	c->text = arena_strndup(ctx->arena, text, len);
	c->loc = loc;
	vec_push(ctx->arena, &ctx->comments, c);
}

void proto_add(struct parse_ctx *ctx, struct vec *list, void *item)
{
	if (item)
		vec_push(ctx->arena, list, item);
}

int mods_add(struct parse_ctx *ctx, int mods, int mod, struct loc loc)
{
	if (mods & mod)
		diag_error(ctx->diags, loc, DIAG_DUPLICATE_NAME, "'%s' is given twice",
		           mod == MOD_ID ? "id" : "required");
	return mods | mod;
}

double number_negate(double v)
{
	return -v;
}

void lex_nul_check(struct parse_ctx *ctx, const char *text, size_t len, struct loc loc)
{
	const char *nul = memchr(text, '\0', len);
	if (!nul)
		return;
	loc.first_column += (int)utf8_columns(text, (size_t)(nul - text));
	loc.last_column = loc.first_column + 1;
	diag_error(ctx->diags, loc, DIAG_SYNTAX, "unexpected NUL byte");
}

/* Unescapes a string literal body; the scanner guarantees no newline. */
const char *lex_string(struct parse_ctx *ctx, const char *text, size_t len, struct loc loc)
{
	struct loc body = loc;
	body.first_column++; /* after the opening quote */
	lex_nul_check(ctx, text, len, body);
	char *out = arena_alloc(ctx->arena, len + 1), *o = out;
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char)text[i] >= 0x80) {
			size_t n = utf8_valid((const unsigned char *)text + i, len - i);
			if (!n) {
				diag_error(ctx->diags, loc, DIAG_SYNTAX, "invalid UTF-8 in string");
				break;
			}
			memcpy(o, text + i, n);
			o += n;
			i += n - 1;
			continue;
		}
		if (text[i] != '\\') {
			*o++ = text[i];
			continue;
		}
		char c = text[++i];
		switch (c) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case 'n': *o++ = '\n'; break;
		case 't': *o++ = '\t'; break;
		default: {
			struct loc at = loc;
			at.first_column = loc.first_column + 1 + (int)utf8_columns(text, i - 1);
			at.last_column = at.first_column + 2;
			diag_error(ctx->diags, at, DIAG_SYNTAX,
			           "unknown escape '\\%c' in string (use \\\" \\\\ \\n or \\t)", c);
		}
		}
	}
	*o = '\0';
	return out;
}

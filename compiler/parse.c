#include "parse.h"

#include <string.h>

#include "parser.h"
#include "lexer.h"

void parse_protocol(struct parse_ctx *ctx, const char *src, size_t len)
{
	yyscan_t scanner;
	ctx->line = ctx->column = 1;
	ctx->proto = arena_alloc(ctx->arena, sizeof *ctx->proto);
	pl_lex_init_extra(ctx, &scanner);
	YY_BUFFER_STATE buf = pl__scan_bytes(src, (int)len, scanner);
	pl_parse(scanner, ctx);
	pl__delete_buffer(buf, scanner);
	pl_lex_destroy(scanner);
}

void proto_begin(struct parse_ctx *ctx, const char *name, const char *title, struct loc loc)
{
	ctx->proto->name = name;
	ctx->proto->title = title;
	ctx->proto->loc = loc;
}

void proto_version(struct parse_ctx *ctx, const char *v)
{
	ctx->proto->version = v;
}

void proto_add(struct parse_ctx *ctx, struct vec *list, void *item)
{
	if (item)
		vec_push(ctx->arena, list, item);
}

int mods_add(struct parse_ctx *ctx, int mods, int mod, struct loc loc)
{
	if (mods & mod)
		diag_error(ctx->diags, loc, "duplicate-name", "'%s' is given twice",
		           mod == MOD_ID ? "id" : "required");
	return mods | mod;
}

double number_negate(double v)
{
	return -v;
}

/* Unescapes a string literal body; the scanner guarantees no newline. */
const char *lex_string(struct parse_ctx *ctx, const char *text, size_t len, struct loc loc)
{
	char *out = arena_alloc(ctx->arena, len + 1), *o = out;
	for (size_t i = 0; i < len; i++) {
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
			at.first_column = loc.first_column + 1 + (int)i - 1;
			at.last_column = at.first_column + 2;
			diag_error(ctx->diags, at, "syntax",
			           "unknown escape '\\%c' in string (use \\\" \\\\ \\n or \\t)", c);
		}
		}
	}
	*o = '\0';
	return out;
}

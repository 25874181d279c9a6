#include "syntax.h"

#include <string.h>

#include "print.h"

/* The operators as bison names their tokens: "==" and "'+'". */
#define CMP_TOKEN(name, spelling, ...) spelling,
#define ARITH_TOKEN(name, spelling) "'" spelling "'",

/* Groups of tokens that read better as one word: when most of a group
 * is expected, the group's word stands for it. */
static const struct group {
	const char *word;
	const char *members[16]; /* NULL-terminated */
} groups[] = {
	{ "a condition", { "name", "number literal", "string", "'('", "not", "true", "false", "count", "'-'" } },
	{ "a clause", { "only", "requires", "contraindicated", "caution", "after", "technique", "note" } },
	{ "a type", { "text", "int", "number", "bool", "one", "set" } },
	{ "an operator", { CMP_OPS(CMP_TOKEN) "in", "and", "or", ARITH_OPS(ARITH_TOKEN) } },
};

/* bison writes keywords as "\"protocol\"": drop the double quotes. */
static const char *bare(struct arena *a, const char *tok)
{
	size_t n = strlen(tok);
	if (n >= 2 && tok[0] == '"' && tok[n - 1] == '"')
		return arena_strndup(a, tok + 1, n - 2);
	return tok;
}

static const char *readable(struct arena *a, const char *tok)
{
	static const char *const words[][2] = {
		{ "name", "a name" }, { "string", "a string" }, { "number literal", "a number" },
		{ "end of file", "the end of the file" }, { "invalid token", "an invalid token" },
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strcmp(tok, words[i][0]))
			return words[i][1];
	return tok[0] == '\'' ? tok : arena_printf(a, "'%s'", tok);
}

static bool in_group(const struct group *g, const char *tok)
{
	for (int i = 0; g->members[i]; i++)
		if (!strcmp(g->members[i], tok))
			return true;
	return false;
}

/* "a clause, 'step' or '}'" */
static const char *expected_text(struct parse_ctx *ctx, const char **toks, int n)
{
	const char *words[64];
	int nwords = 0;
	bool used[64] = { false };
	for (size_t g = 0; g < sizeof groups / sizeof *groups; g++) {
		int hits = 0;
		for (int i = 0; i < n; i++)
			hits += in_group(&groups[g], toks[i]);
		if (hits < 3)
			continue;
		for (int i = 0; i < n; i++)
			used[i] |= in_group(&groups[g], toks[i]);
		words[nwords++] = groups[g].word;
	}
	for (int i = 0; i < n && nwords < 64; i++)
		if (!used[i])
			words[nwords++] = readable(ctx->arena, toks[i]);
	const char *s = "";
	for (int i = 0; i < nwords; i++)
		s = arena_printf(ctx->arena, "%s%s%s", s, i == 0 ? "" : i == nwords - 1 ? " or " : ", ", words[i]);
	return s;
}

/* Keywords that begin a declaration, a stage or a step. */
static bool starts_construct(const char *word)
{
	static const char *const words[] = { "protocol", "version", "reference", "record", "check", "stage", "step" };
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strcmp(word, words[i]))
			return true;
	return false;
}

static bool expects(const char **toks, int n, const char *tok)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(toks[i], tok))
			return true;
	return false;
}

void syntax_error(struct parse_ctx *ctx, struct loc loc, const char *unexpected,
                  const char *const *expected, int nexpected)
{
	if (ctx->stop)
		return;
	if (++ctx->syntax_errors > MAX_SYNTAX_ERRORS) {
		diag_error(ctx->diags, loc, DIAG_TOO_MANY_ERRORS, "too many syntax errors; stopping here");
		ctx->stop = true;
		return;
	}
	const char *toks[64];
	int n = nexpected < 64 ? nexpected : 64;
	for (int i = 0; i < n; i++)
		toks[i] = bare(ctx->arena, expected[i]);
	const char *got = readable(ctx->arena, unexpected ? bare(ctx->arena, unexpected) : "end of file");
	const char *msg = n ? arena_printf(ctx->arena, "expected %s, but found %s", expected_text(ctx, toks, n), got)
	                    : arena_printf(ctx->arena, "unexpected %s", got);
	const char *word = unexpected ? bare(ctx->arena, unexpected) : NULL;
	bool opens = word && starts_construct(word);
	if (word && is_keyword(word) && !opens && expects(toks, n, "name"))
		msg = arena_printf(ctx->arena, "%s; '%s' is a keyword: write `%s` to use it as a name", msg, word, word);
	/* The brace hint helps when the file ends, or a new construct
	 * begins, inside a block: then a '}' is likely missing. */
	if (ctx->braces.n && expects(toks, n, "'}'") && (!word || opens)) {
		const struct loc *open = ctx->braces.items[ctx->braces.n - 1];
		msg = arena_printf(ctx->arena, "%s (to close '{' opened at line %d)", msg, open->first_line);
	}
	diag_error(ctx->diags, loc, DIAG_SYNTAX, "%s", msg);
}

void brace_open(struct parse_ctx *ctx, struct loc loc)
{
	struct loc *l = arena_alloc(ctx->arena, sizeof *l);
	*l = loc;
	vec_push(ctx->arena, &ctx->braces, l);
}

void brace_close(struct parse_ctx *ctx)
{
	if (ctx->braces.n)
		ctx->braces.n--;
}

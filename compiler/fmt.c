/* plinth_format: the one canonical layout of a protocol.
 *
 * The layout, rule by rule (for man/plinth.1 too):
 *
 *  - Two spaces of indentation a level.  Lines end in LF, CRLF input
 *    too; no trailing blanks; the output ends with exactly one newline.
 *  - Nothing is reordered: declarations, stages, steps and clauses stay
 *    in the order written.  `protocol NAME "TITLE" {` opens the file.
 *  - A blank line before each section that follows another (references,
 *    record, checks, stages) and before every stage; when the comments
 *    just before it already hold one, no second.  Elsewhere a blank
 *    line stays where the author left one or more, as one; never right
 *    after a `{` or right before a `}`.
 *  - `version "V"`.  `reference NAME "TEXT"`, the texts aligned one space
 *    after the longest name.  Fields `PATH: TYPE MODIFIERS`, the types
 *    aligned one space after the longest `PATH:`, the modifiers in the
 *    order written.  Each aligns over its whole block.
 *  - `check NAME ["QUESTION"] = COND` on one line when it fits in 80
 *    columns (characters, comment aside); else broken before the `=`,
 *    which starts the next line two spaces deeper than `check`.
 *  - `stage NAME "TITLE" {` ... `}`.  A step with clauses, or with a
 *    comment inside its braces, is `step NAME "TITLE" {` ... `}`; other
 *    steps are `step NAME "TITLE"`, without braces.  An empty record or
 *    stage is `{` and, on the next line, `}`.  One clause a line:
 *    `only if C`, `requires C ["MSG"]`, `contraindicated if C "R" [cite
 *    a, b]`, `caution if C "M"`, `after a, b`, `technique "T"`, `note "N"`.
 *  - Conditions as plinth's messages print them: one space around each
 *    operator, parentheses only where the grouping needs them, sets as
 *    `{a, b}` or `A..B`, `count(P)`.  Names and path segments that are
 *    keywords or not plain names are in backticks; strings re-escaped
 *    (\" \\ \n \t); numbers as %.15g when that reads back as the same
 *    value, else %.16g or %.17g, and in plain digits where those would
 *    use an exponent (1e+20 is 100000000000000000000).
 *  - Every comment is kept, in order, its trailing blanks removed.  One
 *    after code on its line stays at the end of that code's line, after
 *    one space.  One on its own line stays before what follows it, at
 *    that item's indentation; before a `}`, at the indentation of the
 *    block's contents; before `protocol` and after the last `}`, at
 *    column one.  One inside a construct that becomes a single line (a
 *    condition over several lines, a comment between a name and its
 *    title) moves to its own line just before that construct.
 */
#include "diag.h"
#include "fmt.h"
#include "parse.h"
#include "print.h"

#include <string.h>

enum { WIDTH = 80 };

static struct fline *add_line(struct fmt *f, enum fline_kind kind, int depth, const char *text, size_t start,
                              size_t end)
{
	struct fline *l = arena_alloc(f->arena, sizeof *l);
	l->kind = kind;
	l->depth = depth;
	l->text = text;
	l->start = start;
	l->end = end;
	l->blank = src_blank_before(&f->src, start);
	vec_push(f->arena, &f->lines, l);
	return l;
}

/* The '{' that follows the `skip`th token after off. */
static size_t brace_after(const struct fmt *f, size_t off, int skip)
{
	for (int i = 0; i < skip; i++)
		off = src_token_end(&f->src, src_next_token(&f->src, off));
	return src_next_token(&f->src, off);
}

/* A closing brace: the last character of span. */
static void add_close(struct fmt *f, int depth, struct loc span)
{
	size_t end = src_end(&f->src, span);
	add_line(f, FL_CLOSE, depth, "}", end - 1, end);
}

/* Whether a comment starts strictly between a and b (comments are in
 * source order: a binary search). */
static bool comment_between(const struct fmt *f, size_t a, size_t b)
{
	int lo = 0, hi = f->comments.n;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (((struct fcomment *)f->comments.items[mid])->off <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < f->comments.n && ((struct fcomment *)f->comments.items[lo])->off < b;
}

static void layout_references(struct fmt *f, const struct protocol_ast *p, bool *section)
{
	int width = 0;
	for (int i = 0; i < p->refs.n; i++) {
		int w = fmt_width(print_name(f->arena, ((struct reference *)p->refs.items[i])->name));
		width = w > width ? w : width;
	}
	for (int i = 0; i < p->refs.n; i++) {
		const struct reference *r = p->refs.items[i];
		const char *name = print_name(f->arena, r->name);
		const char *text = arena_printf(f->arena, "reference %s%*s %s", name, width - fmt_width(name), "",
		                                print_string(f->arena, r->text));
		struct fline *l = add_line(f, FL_ITEM, 1, text, src_start(&f->src, r->span), src_end(&f->src, r->span));
		l->section = *section && i == 0;
	}
	*section |= p->refs.n > 0;
}

/* The modifiers in the order written: the tree keeps only a bit set. */
static const char *modifiers(const struct fmt *f, const struct field *fd)
{
	const char *t = "";
	size_t end = src_end(&f->src, fd->span);
	size_t off = src_next_token(&f->src, src_end(&f->src, fd->path->loc));
	while (off < end) {
		size_t next = src_token_end(&f->src, off);
		const char *w = f->src.text + off;
		if ((next - off == 2 && !memcmp(w, "id", 2)) || (next - off == 8 && !memcmp(w, "required", 8)))
			t = arena_printf(f->arena, "%s %.*s", t, (int)(next - off), w);
		off = src_next_token(&f->src, next);
	}
	return t;
}

static void layout_record(struct fmt *f, const struct protocol_ast *p, bool section)
{
	size_t start = src_start(&f->src, p->record_span);
	struct fline *open = add_line(f, FL_OPEN, 1, "record {", start, brace_after(f, start, 1) + 1);
	open->section = section;
	int width = 0;
	for (int i = 0; i < p->fields.n; i++) {
		int w = fmt_width(print_path(f->arena, ((struct field *)p->fields.items[i])->path)) + 1;
		width = w > width ? w : width;
	}
	for (int i = 0; i < p->fields.n; i++) {
		const struct field *fd = p->fields.items[i];
		const char *path = print_path(f->arena, fd->path);
		const char *text = arena_printf(f->arena, "%s:%*s %s%s", path, width - fmt_width(path) - 1, "",
		                                fmt_type(f->arena, &fd->type), modifiers(f, fd));
		add_line(f, FL_ITEM, 2, text, src_start(&f->src, fd->span), src_end(&f->src, fd->span));
	}
	add_close(f, 1, p->record_span);
}

static void layout_check(struct fmt *f, const struct check *k, bool section)
{
	const char *head = arena_printf(f->arena, "check %s", print_name(f->arena, k->name));
	if (k->question)
		head = arena_printf(f->arena, "%s %s", head, print_string(f->arena, k->question));
	const char *cond = arena_printf(f->arena, "= %s", print_expr(f->arena, k->cond));
	const char *one = arena_printf(f->arena, "%s %s", head, cond);
	bool fits = 2 + fmt_width(one) <= WIDTH;
	struct fline *l = add_line(f, FL_ITEM, 1, fits ? one : head, src_start(&f->src, k->span),
	                           src_end(&f->src, k->span));
	l->cont = fits ? NULL : cond;
	l->section = section;
}

static void layout_step(struct fmt *f, const struct step *s, int depth)
{
	const char *head = arena_printf(f->arena, "step %s %s", print_name(f->arena, s->name),
	                                print_string(f->arena, s->title));
	size_t start = src_start(&f->src, s->span), end = src_end(&f->src, s->span);
	size_t brace = s->braces ? brace_after(f, src_end(&f->src, s->loc), 1) : end;
	if (!s->braces || (s->clauses.n == 0 && !comment_between(f, brace, end - 1))) {
		add_line(f, FL_ITEM, depth, head, start, end);
		return;
	}
	add_line(f, FL_OPEN, depth, arena_printf(f->arena, "%s {", head), start, brace + 1);
	for (int i = 0; i < s->clauses.n; i++) {
		const struct clause *c = s->clauses.items[i];
		add_line(f, FL_ITEM, depth + 1, fmt_clause(f->arena, c), src_start(&f->src, c->span),
		         src_end(&f->src, c->span));
	}
	add_close(f, depth, s->span);
}

/* A stage's clauses and steps, merged back into the order written. */
static void layout_stage(struct fmt *f, const struct stage *g)
{
	size_t start = src_start(&f->src, g->span);
	size_t brace = brace_after(f, src_end(&f->src, g->loc), 1);
	const char *head = arena_printf(f->arena, "stage %s %s {", print_name(f->arena, g->name),
	                                print_string(f->arena, g->title));
	add_line(f, FL_OPEN, 1, head, start, brace + 1)->section = true;
	int ci = 0, si = 0;
	while (ci < g->clauses.n || si < g->steps.n) {
		const struct clause *c = ci < g->clauses.n ? g->clauses.items[ci] : NULL;
		const struct step *s = si < g->steps.n ? g->steps.items[si] : NULL;
		if (c && (!s || src_start(&f->src, c->span) < src_start(&f->src, s->span))) {
			add_line(f, FL_ITEM, 2, fmt_clause(f->arena, c), src_start(&f->src, c->span),
			         src_end(&f->src, c->span));
			ci++;
		} else {
			layout_step(f, s, 2);
			si++;
		}
	}
	add_close(f, 1, g->span);
}

void fmt_layout(struct fmt *f, const struct protocol_ast *p)
{
	size_t start = src_start(&f->src, p->loc);
	const char *head = arena_printf(f->arena, "protocol %s %s {", print_name(f->arena, p->name),
	                                print_string(f->arena, p->title));
	add_line(f, FL_OPEN, 0, head, start, brace_after(f, start, 3) + 1);
	bool section = false; /* whether a section came before */
	if (p->version_span.first_line) {
		add_line(f, FL_ITEM, 1, arena_printf(f->arena, "version %s", print_string(f->arena, p->version)),
		         src_start(&f->src, p->version_span), src_end(&f->src, p->version_span));
		section = true;
	}
	layout_references(f, p, &section);
	layout_record(f, p, section);
	for (int i = 0; i < p->checks.n; i++)
		layout_check(f, p->checks.items[i], i == 0);
	for (int i = 0; i < p->stages.n; i++)
		layout_stage(f, p->stages.items[i]);
	add_close(f, 0, p->span);
}

/* Comments as fmt keeps them: trailing blanks go, like any line's. */
static void take_comments(struct fmt *f, const struct vec *comments)
{
	for (int i = 0; i < comments->n; i++) {
		const struct comment *c = comments->items[i];
		struct fcomment *k = arena_alloc(f->arena, sizeof *k);
		size_t n = strlen(c->text);
		while (n && (c->text[n - 1] == ' ' || c->text[n - 1] == '\t' || c->text[n - 1] == '\r'))
			n--;
		k->text = arena_strndup(f->arena, c->text, n);
		k->off = src_start(&f->src, c->loc);
		k->blank = src_blank_before(&f->src, k->off);
		vec_push(f->arena, &f->comments, k);
	}
}

int plinth_format(const char *file, const char *src, size_t len, FILE *out, plinth_diagnostics **diags)
{
	plinth_diagnostics *d = diags_new(file, src, len);
	*diags = d;
	struct arena arena;
	arena_init(&arena);
	struct parse_ctx ctx = { .arena = &arena, .diags = d };
	parse_protocol(&ctx, src, len);
	diags_sort(d);
	if (d->errors) {
		arena_free(&arena);
		return -1;
	}
	struct fmt f = { .arena = &arena };
	src_init(&f.src, &arena, src, len);
	take_comments(&f, &ctx.proto->comments);
	fmt_layout(&f, ctx.proto);
	fmt_place_comments(&f);
	fmt_emit(&f, out);
	arena_free(&arena);
	return 0;
}

/* plinth_write_graph, and the text both graph formats share. */
#include "graph.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/program.h"
#include "print.h"
#include "../base/utf8.h"

void plinth_write_graph(FILE *out, const plinth_protocol *p, enum plinth_graph_format f)
{
	if (f == PLINTH_GRAPH_MERMAID)
		graph_write_mermaid(out, p->ast);
	else
		graph_write_dot(out, p->ast);
}

int graph_utf8_len(const char *s)
{
	return (int)utf8_valid((const unsigned char *)s, SIZE_MAX);
}

const char *graph_note_kind(const struct clause *c)
{
	return clause_has_condition(c->kind) ? clause_keywords(c->kind) : NULL;
}

struct graph_note_style graph_note_style(enum plinth_clause_kind k)
{
	switch (k) {
	case PLINTH_ONLY_IF: return (struct graph_note_style){ "only-if", "only_if", "#eef2f7", "#8796a8" };
	case PLINTH_REQUIRES: return (struct graph_note_style){ "requires", "requires", "#fff5d6", "#c9a227" };
	case PLINTH_CONTRAINDICATED_IF:
		return (struct graph_note_style){ "contraindicated", "contraindicated", "#fde3df", "#c0392b" };
	case PLINTH_CAUTION_IF: return (struct graph_note_style){ "caution", "caution", "#fff0e0", "#d9822b" };
	}
	return (struct graph_note_style){ 0 };
}

/* The length of the longest prefix of s (up to a newline) that fits in
 * width at a space, or of its first word when even that does not fit.
 * Reads no further than the line being cut needs, so wrapping a long
 * text takes time in its length, not in its square. */
static size_t fit(const char *s, int width)
{
	size_t cut = 0, i = 0;
	int w = 0; /* utf8_columns(s, i) */
	for (; s[i] && s[i] != '\n'; i++) {
		if (i && s[i] == ' ' && (w <= width || !cut))
			cut = i;
		if (w > width && cut) /* no later space fits: the line ends at cut */
			return cut;
		w += !utf8_continues((unsigned char)s[i]);
	}
	return w > width && cut ? cut : i; /* else all of it fits, or it is one word */
}

void graph_wrap(struct arena *a, const char *text, int width, const char *indent, struct vec *lines)
{
	int first = lines->n;
	const char *s = text;
	for (;;) {
		const char *pre = lines->n > first ? indent : "";
		size_t n = fit(s, width - (int)utf8_width(pre));
		vec_push(a, lines, arena_printf(a, "%s%.*s", pre, (int)n, s));
		s += n;
		if (!*s)
			return;
		s++; /* the space or newline broken at */
		while (*s == ' ')
			s++;
	}
}

static int count_lines(struct arena *a, const char *text, int width)
{
	struct vec lines = { 0 };
	graph_wrap(a, text, width, "", &lines);
	return lines.n;
}

void graph_wrap_even(struct arena *a, const char *text, int width, struct vec *lines)
{
	int n = count_lines(a, text, width);
	int w = (int)utf8_width(text) / n;
	while (w < width && count_lines(a, text, w) > n)
		w++;
	graph_wrap(a, text, w, "", lines);
}

static void cite_lines(struct arena *a, const struct clause *c, struct vec *lines)
{
	for (int i = 0; i < c->names.n; i++) {
		const struct name_ref *nr = c->names.items[i];
		const struct reference *r = nr->target;
		const char *s = r ? arena_printf(a, "[%s] %s", nr->name, r->text) : arena_printf(a, "[%s]", nr->name);
		graph_wrap(a, s, GRAPH_NOTE_WIDTH, "  ", lines);
	}
}

void graph_note_lines(struct arena *a, const struct clause *c, struct vec *lines)
{
	const char *head = graph_note_kind(c);
	if (c->cond)
		head = arena_printf(a, "%s %s", head, print_expr(a, c->cond));
	graph_wrap(a, head, GRAPH_NOTE_WIDTH, "    ", lines);
	if (c->text && *c->text)
		graph_wrap(a, c->text, GRAPH_NOTE_WIDTH, "", lines);
	cite_lines(a, c, lines);
}

void graph_check_lines(struct arena *a, const struct protocol_ast *p, struct vec *lines)
{
	for (int i = 0; i < p->checks.n; i++) {
		const struct check *k = p->checks.items[i];
		const char *name = print_name(a, k->name);
		const char *s = k->question && *k->question ? arena_printf(a, "%s: %s", name, k->question) : name;
		graph_wrap(a, s, GRAPH_CHECKS_WIDTH, "  ", lines);
		graph_wrap(a, arena_printf(a, "  = %s", print_expr(a, k->cond)), GRAPH_CHECKS_WIDTH, "    ",
		           lines);
	}
}

static struct graph_end end_of(const struct name_ref *nr)
{
	struct graph_end e = { 0 };
	if (nr->is_stage)
		e.stage = nr->target;
	else
		e.step = nr->target;
	return e;
}

static void edges_of(struct arena *a, const struct vec *clauses, struct graph_end to, struct vec *edges)
{
	for (int i = 0; i < clauses->n; i++) {
		const struct clause *c = clauses->items[i];
		for (int j = 0; c->kind == CL_AFTER && j < c->names.n; j++) {
			const struct name_ref *nr = c->names.items[j];
			if (!nr->target)
				continue;
			struct graph_edge *e = arena_alloc(a, sizeof *e);
			e->from = end_of(nr);
			e->to = to;
			vec_push(a, edges, e);
		}
	}
}

void graph_after_edges(struct arena *a, const struct protocol_ast *p, struct vec *edges)
{
	for (int i = 0; i < p->stages.n; i++) {
		const struct stage *g = p->stages.items[i];
		edges_of(a, &g->clauses, (struct graph_end){ .stage = g }, edges);
		for (int j = 0; j < g->steps.n; j++) {
			const struct step *s = g->steps.items[j];
			edges_of(a, &s->clauses, (struct graph_end){ .step = s }, edges);
		}
	}
}

static int by_order(const void *a, const void *b)
{
	const struct step *x = *(void *const *)a, *y = *(void *const *)b;
	return (x->order > y->order) - (x->order < y->order);
}

/* Sorted, not inserted one by one: a generated stage can hold thousands
 * of steps written in the reverse of plan order.  No two steps share a
 * place in the plan, so the order is fixed. */
void graph_plan_steps(struct arena *a, const struct stage *g, struct vec *steps)
{
	int first = steps->n;
	for (int i = 0; i < g->steps.n; i++)
		vec_push(a, steps, g->steps.items[i]);
	if (steps->n > first) /* items may be NULL when there are none */
		qsort(steps->items + first, (size_t)(steps->n - first), sizeof *steps->items, by_order);
}

/* The protocol as Graphviz DOT.  One cluster per stage, in order, holding
 * its steps and their notes; 'after' edges between steps, or from and to
 * a whole stage's box (compound=true).  Node ids are quoted strings: a
 * step's id is its name; every other node's id has backticks, which no
 * name can contain: "`checks`", or the name of its step or stage in
 * backticks and a word after ("`release` note 2"), so ids never
 * collide. */
#include "graph.h"

#include <string.h>

#include "order.h"

struct dot {
	FILE *out;
	struct arena *a;
	const struct protocol_ast *p;
};

/* ---- escaping ----------------------------------------------------- */

/* Inside a DOT string only '"' and '\' need a backslash; a newline is
 * written as the label escape '\n', other control characters (a tab
 * from a "\t" in the source) as a space, and bytes that are not UTF-8
 * as U+FFFD. */
static void put_escaped(FILE *out, const char *s)
{
	for (int n; *s; s += n ? n : 1) {
		n = graph_utf8_len(s);
		if (n != 1)
			fwrite(n ? s : "\xEF\xBF\xBD", 1, n ? (size_t)n : 3, out);
		else if (*s == '"' || *s == '\\')
			fprintf(out, "\\%c", *s);
		else if (*s == '\n')
			fputs("\\n", out);
		else if ((unsigned char)*s < 0x20)
			putc(' ', out);
		else
			putc(*s, out);
	}
}

static void put_quoted(FILE *out, const char *s)
{
	putc('"', out);
	put_escaped(out, s);
	putc('"', out);
}

/* Left-justified lines end in "\l" each; centred ones are joined by "\n". */
static void put_label(FILE *out, const struct vec *lines, bool left)
{
	fputs("label=\"", out);
	for (int i = 0; i < lines->n; i++) {
		if (i && !left)
			fputs("\\n", out);
		put_escaped(out, lines->items[i]);
		if (left)
			fputs("\\l", out);
	}
	putc('"', out);
}

/* Nodes of one group are lined up: a step and the column of its notes. */
static void put_group(FILE *out, const char *group)
{
	if (!group)
		return;
	fputs(", group=", out);
	put_quoted(out, group);
}

/* ---- ids ---------------------------------------------------------- */

static const char *note_id(struct dot *d, const char *owner, int n)
{
	return arena_printf(d->a, "`%s` note %d", owner, n);
}

static const char *cluster_id(struct dot *d, const struct stage *g)
{
	return arena_printf(d->a, "cluster_%s", g->name);
}

/* What edges to and from a stage's box attach to. */
struct box {
	const char *head;   /* the heading: compound edges into the box end here */
	const char *tail;   /* compound edges out of the box start here */
	struct vec bottoms; /* the lowest node under each step */
};

/* ---- nodes -------------------------------------------------------- */

static void write_note(struct dot *d, const struct clause *c, const char *id, const char *group)
{
	struct vec lines = { 0 };
	struct graph_note_style style = graph_note_style(clause_condition_kind(c->kind));
	graph_note_lines(d->a, c, &lines);
	fputs("\t\t", d->out);
	put_quoted(d->out, id);
	fprintf(d->out, " [class=\"note %s\", shape=note, style=filled, fontsize=10, fillcolor=\"%s\", color=\"%s\", ",
	        style.dot_class, style.fill, style.stroke);
	put_label(d->out, &lines, true);
	put_group(d->out, group);
	fputs("];\n", d->out);
}

static void write_edge(struct dot *d, const char *from, const char *to, const char *attrs)
{
	fputs("\t\t", d->out);
	put_quoted(d->out, from);
	fputs(" -> ", d->out);
	put_quoted(d->out, to);
	fprintf(d->out, " [%s];\n", attrs);
}

/* Writes the clauses of owner that are drawn as notes, appending their
 * ids to ids.  A step's notes share its group (NULL: none). */
static void write_notes(struct dot *d, const char *owner, const struct vec *clauses, const char *group,
                        struct vec *ids)
{
	int n = 0;
	for (int i = 0; i < clauses->n; i++) {
		const struct clause *c = clauses->items[i];
		if (!graph_note_kind(c))
			continue;
		const char *id = note_id(d, owner, ++n);
		write_note(d, c, id, group);
		vec_push(d->a, ids, (void *)id);
	}
}

/* A step's notes hang below it in a column, linked by dashed lines, so
 * a step with many clauses grows down rather than across.  Returns the
 * lowest node: the last note, or the step itself. */
static const char *write_step(struct dot *d, const struct step *s)
{
	struct vec lines = { 0 };
	graph_wrap_even(d->a, s->title, GRAPH_TITLE_WIDTH, &lines);
	vec_push(d->a, &lines, (void *)s->name);
	fputs("\t\t", d->out);
	put_quoted(d->out, s->name);
	fputs(" [class=\"step\", ", d->out);
	put_label(d->out, &lines, false);
	put_group(d->out, s->name);
	fputs("];\n", d->out);
	struct vec notes = { 0 };
	write_notes(d, s->name, &s->clauses, s->name, &notes);
	const char *above = s->name;
	for (int i = 0; i < notes.n; i++) {
		write_edge(d, above, notes.items[i], "class=\"note\", style=dashed, arrowhead=none");
		above = notes.items[i];
	}
	return above;
}

/* Whether s comes after step t, or after any step of its own stage
 * when t is NULL. */
static bool comes_after(struct dot *d, const struct step *s, const struct step *t)
{
	struct vec targets = { 0 };
	after_targets(s, d->a, &targets);
	for (int i = 0; i < targets.n; i++) {
		const struct step *u = targets.items[i];
		if (t ? u == t : u->stage == s->stage)
			return true;
	}
	return false;
}

/* Which steps of g some step of g comes after, by step index: found
 * in one pass, since asking for each step would take time and memory
 * in the square of the steps. */
static bool *followed_steps(struct dot *d, const struct stage *g)
{
	int top = 0;
	for (int i = 0; i < g->steps.n; i++) {
		const struct step *s = g->steps.items[i];
		top = s->index > top ? s->index : top;
	}
	bool *followed = arena_alloc(d->a, (size_t)top + 1);
	for (int i = 0; i < g->steps.n; i++) {
		struct vec targets = { 0 };
		after_targets(g->steps.items[i], d->a, &targets);
		for (int j = 0; j < targets.n; j++) {
			const struct step *t = targets.items[j];
			if (t->stage == g)
				followed[t->index] = true;
		}
	}
	return followed;
}

/* Edges between boxes attach near the middle of a row, which keeps the
 * boxes stacked under each other rather than drifting sideways. */
static const char *middle(const struct vec *ids)
{
	return ids->items[(ids->n - 1) / 2];
}

/* Left to right as in ids, on one row: invisible edges between
 * neighbours keep dot from reordering them. */
static void write_row(struct dot *d, const struct vec *ids)
{
	if (ids->n < 2)
		return;
	fputs("\t\t{ rank=same; ", d->out);
	for (int i = 0; i < ids->n; i++) {
		fputs(i ? " -> " : "", d->out);
		put_quoted(d->out, ids->items[i]);
	}
	fputs(" [style=invis]; }\n", d->out);
}

/* dot draws no box around an empty cluster: a placeholder keeps it. */
static void write_empty(struct dot *d, const struct stage *g, struct box *b, const char *above)
{
	const char *id = arena_printf(d->a, "`%s` has no steps", g->name);
	fputs("\t\t", d->out);
	put_quoted(d->out, id);
	fputs(" [class=\"empty\", shape=plaintext, style=\"\", label=\"(no steps)\"];\n", d->out);
	write_edge(d, above, id, "style=invis");
	vec_push(d->a, &b->bottoms, (void *)id);
	b->tail = id;
}

/* The steps in plan order.  Those that come after no step of the stage
 * make the first row, left to right in plan order, under the node
 * above; the box is left from under a step that no step of the stage
 * comes after. */
static void write_steps(struct dot *d, const struct stage *g, struct box *b, const char *above)
{
	struct vec steps = { 0 }, first = { 0 }, last = { 0 };
	graph_plan_steps(d->a, g, &steps);
	bool *followed = followed_steps(d, g);
	for (int i = 0; i < steps.n; i++) {
		const struct step *s = steps.items[i];
		const char *bottom = write_step(d, s);
		vec_push(d->a, &b->bottoms, (void *)bottom);
		if (!comes_after(d, s, NULL))
			vec_push(d->a, &first, (void *)s->name);
		if (!followed[s->index])
			vec_push(d->a, &last, (void *)bottom);
	}
	write_row(d, &first);
	write_edge(d, above, middle(&first), "style=invis");
	b->tail = middle(&last);
}

/* The stage's title is a node rather than the cluster's label, because
 * dot routes edges around nodes but straight through cluster labels.
 * Under it hang the stage's own notes in a row, then come its steps. */
static void write_stage(struct dot *d, const struct stage *g, struct box *b)
{
	fputs("\tsubgraph ", d->out);
	put_quoted(d->out, cluster_id(d, g));
	fputs(" {\n\t\tgraph [class=\"stage\", style=\"rounded,filled\", fillcolor=\"#f4f5f7\", color=\"#aab1bb\",\n"
	      "\t\t       label=\"\"];\n",
	      d->out);
	b->head = arena_printf(d->a, "`%s` title", g->name);
	fputs("\t\t", d->out);
	put_quoted(d->out, b->head);
	fputs(" [class=\"stage-title\", shape=plaintext, style=\"\", height=0.3, fontname=\"Helvetica-Bold\", fontsize=13, label=",
	      d->out);
	put_quoted(d->out, arena_printf(d->a, "%d. %s (%s)", g->index + 1, g->title, g->name));
	fputs("];\n", d->out);
	struct vec notes = { 0 };
	write_notes(d, g->name, &g->clauses, NULL, &notes);
	write_row(d, &notes);
	const char *above = b->head;
	for (int i = 0; i < notes.n; i++)
		write_edge(d, b->head, notes.items[i], "class=\"note\", style=dashed, arrowhead=none");
	if (notes.n)
		above = middle(&notes);
	if (g->steps.n)
		write_steps(d, g, b, above);
	else
		write_empty(d, g, b, above);
	fputs("\t}\n", d->out);
}

/* Checks are named in conditions; their questions and definitions are
 * listed once, above the first stage, as in the protocol's source. */
static void write_checks(struct dot *d, const struct box *first)
{
	struct vec lines = { 0 };
	vec_push(d->a, &lines, "Checks");
	graph_check_lines(d->a, d->p, &lines);
	if (lines.n == 1)
		return;
	fputs("\t\"`checks`\" [class=\"checks\", shape=note, style=filled, fontsize=10, fillcolor=\"#f7f7f7\",\n"
	      "\t             color=\"#999999\", ", d->out);
	put_label(d->out, &lines, true);
	fputs("];\n", d->out);
	if (first) {
		fputs("\t\"`checks`\" -> ", d->out);
		put_quoted(d->out, first->head);
		fputs(" [style=invis];\n", d->out);
	}
}

/* ---- edges -------------------------------------------------------- */

static void write_after(struct dot *d, const struct graph_edge *e, const struct box *boxes)
{
	const struct stage *from = e->from.stage, *to = e->to.stage;
	fputs("\t", d->out);
	put_quoted(d->out, from ? boxes[from->index].tail : e->from.step->name);
	fputs(" -> ", d->out);
	put_quoted(d->out, to ? boxes[to->index].head : e->to.step->name);
	fputs(" [class=\"after\", penwidth=1.3", d->out);
	if (from) {
		fputs(", ltail=", d->out);
		put_quoted(d->out, cluster_id(d, from));
	}
	if (to) {
		fputs(", lhead=", d->out);
		put_quoted(d->out, cluster_id(d, to));
	}
	fputs("];\n", d->out);
}

/* Everything in a stage's box is put above the next box's heading,
 * so the boxes stack in order whatever 'after' says; two ranks above,
 * to leave room for the arrows between boxes. */
static void write_order(struct dot *d, const struct box *b, const struct box *next)
{
	for (int i = 0; i < b->bottoms.n; i++) {
		fputs("\t", d->out);
		put_quoted(d->out, b->bottoms.items[i]);
		fputs(" -> ", d->out);
		put_quoted(d->out, next->head);
		fputs(" [style=invis, minlen=2];\n", d->out);
	}
}

/* ---- the graph ---------------------------------------------------- */

/* compound=true lets 'after' start or end at a stage's box.  dot's
 * final crossing pass (remincross) ignores the order of nodes inside a
 * cluster that rank=same rows ask for: it is turned off. */
static void write_header(struct dot *d)
{
	const struct protocol_ast *p = d->p;
	fputs("digraph ", d->out);
	put_quoted(d->out, p->name);
	fputs(" {\n\tgraph [label=", d->out);
	put_quoted(d->out, p->version ? arena_printf(d->a, "%s\n%s, version %s", p->title, p->name, p->version)
	                              : arena_printf(d->a, "%s\n%s", p->title, p->name));
	fputs(", labelloc=t, fontsize=18, fontname=\"Helvetica-Bold\",\n"
	      "\t       rankdir=TB, compound=true, nodesep=0.25, ranksep=0.35, remincross=false];\n"
	      "\tnode [shape=box, style=\"rounded,filled\", fillcolor=white, color=\"#333333\",\n"
	      "\t      fontname=\"Helvetica\", fontsize=12];\n"
	      "\tedge [color=\"#555555\"];\n",
	      d->out);
}

void graph_write_dot(FILE *out, const struct protocol_ast *p)
{
	struct arena a;
	arena_init(&a);
	struct dot d = { out, &a, p };
	write_header(&d);
	struct box *boxes = arena_alloc(&a, sizeof *boxes * (size_t)(p->stages.n + 1));
	for (int i = 0; i < p->stages.n; i++)
		write_stage(&d, p->stages.items[i], &boxes[i]);
	write_checks(&d, p->stages.n ? &boxes[0] : NULL);
	struct vec edges = { 0 };
	graph_after_edges(&a, p, &edges);
	for (int i = 0; i < edges.n; i++)
		write_after(&d, edges.items[i], boxes);
	for (int i = 0; i + 1 < p->stages.n; i++)
		write_order(&d, &boxes[i], &boxes[i + 1]);
	fputs("}\n", out);
	arena_free(&a);
}

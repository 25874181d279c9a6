/* The protocol as a Mermaid flowchart, which GitHub and GitLab render
 * inside Markdown.  Only long-standing syntax: subgraphs, "quoted"
 * labels, --> and -.- links, classDef and :::class.  Mermaid ids must
 * be plain words, so they are made up from positions (stage2, step5,
 * step5_note1); names appear only in labels. */
#include "graph.h"

struct mermaid {
	FILE *out;
	struct arena *a;
};

/* Inside a quoted label Mermaid reads "#name;" as an entity and some
 * characters as markup, so those are written as entities themselves;
 * bytes that are not UTF-8 become U+FFFD. */
static void put_escaped(FILE *out, const char *s)
{
	for (int n; *s; s += n ? n : 1) {
		n = graph_utf8_len(s);
		if (n != 1) {
			fwrite(n ? s : "\xEF\xBF\xBD", 1, n ? (size_t)n : 3, out);
			continue;
		}
		switch (*s) {
		case '"': fputs("#quot;", out); break;
		case '#': fputs("#35;", out); break;
		case '&': fputs("#amp;", out); break;
		case '<': fputs("#lt;", out); break;
		case '>': fputs("#gt;", out); break;
		case '`': fputs("#96;", out); break;
		case '\n': fputs("<br/>", out); break;
		default: putc((unsigned char)*s < 0x20 ? ' ' : *s, out);
		}
	}
}

/* Lines joined by <br/>, in double quotes. */
static void put_lines(FILE *out, const struct vec *lines)
{
	putc('"', out);
	for (int i = 0; i < lines->n; i++) {
		if (i)
			fputs("<br/>", out);
		put_escaped(out, lines->items[i]);
	}
	putc('"', out);
}

static const char *stage_id(struct mermaid *m, const struct stage *g)
{
	return arena_printf(m->a, "stage%d", g->index + 1);
}

static const char *step_id(struct mermaid *m, const struct step *s)
{
	return arena_printf(m->a, "step%d", s->index + 1);
}

/* The notes of owner, chained below the node attach (NULL: unlinked, for
 * a stage's own notes, which sit inside its box: Mermaid cannot link a
 * subgraph to what it contains). */
static void write_notes(struct mermaid *m, const char *owner, const struct vec *clauses, const char *attach)
{
	int n = 0;
	const char *above = attach;
	for (int i = 0; i < clauses->n; i++) {
		const struct clause *c = clauses->items[i];
		if (!graph_note_kind(c))
			continue;
		const char *id = arena_printf(m->a, "%s_note%d", owner, ++n);
		struct vec lines = { 0 };
		graph_note_lines(m->a, c, &lines);
		fprintf(m->out, "        %s[", id);
		put_lines(m->out, &lines);
		fprintf(m->out, "]:::%s\n", graph_note_style(clause_condition_kind(c->kind)).mermaid_class);
		if (above)
			fprintf(m->out, "        %s -.- %s\n", above, id);
		if (attach)
			above = id;
	}
}

static void write_step(struct mermaid *m, const struct step *s)
{
	const char *id = step_id(m, s);
	struct vec lines = { 0 };
	graph_wrap_even(m->a, s->title, GRAPH_TITLE_WIDTH, &lines);
	vec_push(m->a, &lines, (void *)s->name);
	fprintf(m->out, "        %s(", id);
	put_lines(m->out, &lines);
	fputs(")\n", m->out);
	write_notes(m, id, &s->clauses, id);
}

static void write_stage(struct mermaid *m, const struct stage *g)
{
	const char *id = stage_id(m, g);
	fprintf(m->out, "    subgraph %s [\"", id);
	put_escaped(m->out, arena_printf(m->a, "%d. %s (%s)", g->index + 1, g->title, g->name));
	fputs("\"]\n", m->out);
	write_notes(m, id, &g->clauses, NULL);
	struct vec steps = { 0 };
	graph_plan_steps(m->a, g, &steps);
	for (int i = 0; i < steps.n; i++)
		write_step(m, steps.items[i]);
	if (!steps.n)
		fprintf(m->out, "        %s_empty[\"(no steps)\"]\n", id);
	fputs("    end\n", m->out);
}

static void write_checks(struct mermaid *m, const struct protocol_ast *p)
{
	struct vec lines = { 0 };
	vec_push(m->a, &lines, "Checks");
	graph_check_lines(m->a, p, &lines);
	if (lines.n == 1)
		return;
	fputs("    checks[", m->out);
	put_lines(m->out, &lines);
	fputs("]:::checks\n", m->out);
}

static const char *end_id(struct mermaid *m, struct graph_end e)
{
	return e.step ? step_id(m, e.step) : stage_id(m, e.stage);
}

static void write_class(FILE *out, enum plinth_clause_kind k)
{
	struct graph_note_style s = graph_note_style(k);
	fprintf(out, "    classDef %s fill:%s,stroke:%s,color:#222\n", s.mermaid_class, s.fill, s.stroke);
}

/* A comment names the protocol (a newline in it would end it), then
 * the notes' colours. */
static void write_title(struct mermaid *m, const struct protocol_ast *p)
{
	const char *s = p->version ? arena_printf(m->a, "%s (%s, version %s)", p->title, p->name, p->version)
	                           : arena_printf(m->a, "%s (%s)", p->title, p->name);
	fputs("flowchart TB\n    %% ", m->out);
	for (; *s; s++)
		putc((unsigned char)*s < 0x20 ? ' ' : *s, m->out);
	putc('\n', m->out);
#define CLASS(name, keywords) write_class(m->out, PLINTH_##name);
	PLINTH_CLAUSE_KINDS(CLASS)
#undef CLASS
	fputs("    classDef checks fill:#f7f7f7,stroke:#999999,color:#222\n", m->out);
}

void graph_write_mermaid(FILE *out, const struct protocol_ast *p)
{
	struct arena a;
	arena_init(&a);
	struct mermaid m = { out, &a };
	write_title(&m, p);
	write_checks(&m, p);
	for (int i = 0; i < p->stages.n; i++)
		write_stage(&m, p->stages.items[i]);
	struct vec edges = { 0 };
	graph_after_edges(&a, p, &edges);
	for (int i = 0; i < edges.n; i++) {
		const struct graph_edge *e = edges.items[i];
		fprintf(out, "    %s --> %s\n", end_id(&m, e->from), end_id(&m, e->to));
	}
	arena_free(&a);
}

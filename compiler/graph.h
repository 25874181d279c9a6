/* What the two graph writers (graph_dot.c, graph_mermaid.c) share: the
 * text of each note as plain, wrapped lines, and the 'after' edges.
 * Each writer only adds its own syntax and escaping.  Everything is
 * allocated from the arena the caller passes. */
#ifndef PLINTH_GRAPH_H
#define PLINTH_GRAPH_H

#include <stdio.h>

#include "ast.h"

/* Longest line, in characters, of a note, a step's title and the
 * legend of checks. */
enum { GRAPH_NOTE_WIDTH = 52, GRAPH_TITLE_WIDTH = 30, GRAPH_CHECKS_WIDTH = 76 };

/* The length of the UTF-8 character s starts with, or 0 when its bytes
 * are not UTF-8.  Strings are checked when a protocol compiles but
 * names in backticks are not, and dot warns about such bytes: writers
 * put U+FFFD in their place. */
int graph_utf8_len(const char *s);

/* The heading of a clause drawn as a note ("contraindicated if"), or
 * NULL for clauses that are not drawn as notes. */
const char *graph_note_kind(const struct clause *c);

/* How the notes of a kind are drawn: their class in each format (a
 * Mermaid class is a plain word) and their colours, the same in both. */
struct graph_note_style {
	const char *dot_class, *mermaid_class;
	const char *fill, *stroke;
};
struct graph_note_style graph_note_style(enum plinth_clause_kind k);

/* Appends text to lines, broken at spaces so that no line is longer
 * than width characters unless one word is; newlines in text always
 * break, and lines after the first start with indent. */
void graph_wrap(struct arena *a, const char *text, int width, const char *indent, struct vec *lines);

/* Wraps like graph_wrap, without indent, into as few lines but as
 * short as can be, so that a title does not end in one short word. */
void graph_wrap_even(struct arena *a, const char *text, int width, struct vec *lines);

/* A note's lines: the kind and condition, the message, then one
 * "[name] text" for each reference cited. */
void graph_note_lines(struct arena *a, const struct clause *c, struct vec *lines);

/* The legend of checks: each check's name and question, then its
 * condition.  No lines when the protocol has no checks. */
void graph_check_lines(struct arena *a, const struct protocol_ast *p, struct vec *lines);

/* One end of an 'after' edge: a step, or a whole stage (step NULL). */
struct graph_end {
	const struct step *step;
	const struct stage *stage;
};

/* 'after' drawn from the earlier end to the later one. */
struct graph_edge {
	struct graph_end from, to;
};

/* One edge per name in an 'after' clause, stages expanded by neither
 * end: stage by stage, the stage's clauses, then each step's, as
 * written. */
void graph_after_edges(struct arena *a, const struct protocol_ast *p, struct vec *edges);

/* The steps of a stage in plan order. */
void graph_plan_steps(struct arena *a, const struct stage *g, struct vec *steps);

void graph_write_dot(FILE *out, const struct protocol_ast *p);
void graph_write_mermaid(FILE *out, const struct protocol_ast *p);

#endif

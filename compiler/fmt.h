/* Internals of plinth_format (fmt.c).  The formatter works in three
 * steps over one arena: fmt.c lays the syntax tree out as logical lines
 * (each knowing the source bytes it stands for), fmt_place.c gives every
 * comment a line to lead or trail, fmt_emit.c fixes the blank lines and
 * writes.  fmt_src.c answers questions about the source text that the
 * tree does not keep; fmt_text.c spells types, clauses and conditions. */
#ifndef PLINTH_FMT_H
#define PLINTH_FMT_H

#include <stdbool.h>
#include <stdio.h>

#include "ast.h"

/* The source, with where each line starts. */
struct fmt_src {
	const char *text;
	size_t len;
	size_t *lines; /* byte offset of each line's start */
	int nlines;
};

void src_init(struct fmt_src *s, struct arena *a, const char *text, size_t len);
/* The byte offset of a 1-based line and character column. */
size_t src_off(const struct fmt_src *s, int line, int column);
size_t src_start(const struct fmt_src *s, struct loc l);
size_t src_end(const struct fmt_src *s, struct loc l);
/* The first byte of the next token at or after off: skips blanks and
 * comments. */
size_t src_next_token(const struct fmt_src *s, size_t off);
/* Just past the token that starts at off (a word, string, `name` or one
 * character). */
size_t src_token_end(const struct fmt_src *s, size_t off);
/* Whether an empty line separates off from the code or comment before
 * it. */
bool src_blank_before(const struct fmt_src *s, size_t off);
/* Whether no newline lies between a and b (a <= b). */
bool src_same_line(const struct fmt_src *s, size_t a, size_t b);

enum fline_kind { FL_OPEN, FL_ITEM, FL_CLOSE };

struct fcomment {
	const char *text;  /* trailing blanks removed */
	size_t off;
	bool blank;        /* an empty line before it */
	bool moved;        /* was inside the line it now leads */
};

/* One logical output line: a declaration, clause, block opening or
 * closing brace.  A long check is one logical line printed as two. */
struct fline {
	enum fline_kind kind;
	int depth;          /* indentation, in steps of two spaces */
	const char *text;
	const char *cont;   /* a check broken before '=': "= COND", or NULL */
	size_t start, end;  /* the source bytes it stands for */
	bool blank;         /* an empty line before it */
	bool section;       /* starts a section or a stage: set apart */
	struct vec lead;    /* struct fcomment *, written before it */
	const char *trail;  /* written at its end, or NULL */
};

struct fmt {
	struct arena *arena;
	struct fmt_src src;
	struct vec comments; /* struct fcomment *, in source order */
	struct vec lines;    /* struct fline * */
	struct vec tail;     /* struct fcomment * after the protocol's '}' */
};

void fmt_layout(struct fmt *f, const struct protocol_ast *p);
void fmt_place_comments(struct fmt *f);
void fmt_emit(struct fmt *f, FILE *out);

/* Spellings (fmt_text.c), in the arena. */
const char *fmt_type(struct arena *a, const struct type *t);
const char *fmt_clause(struct arena *a, const struct clause *c);
/* Display width: characters, not bytes. */
int fmt_width(const char *s);

#endif

/* The result writers, one file per format, and what they share. */
#ifndef PLINTH_OUTPUT_H
#define PLINTH_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "../include/plinth.h"

struct outbuf;

/* Each writer appends one record's text to an output buffer;
 * write_any picks the writer o asks for. */
void write_any(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r);
void write_json(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r);
void write_tsv(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r);
void write_text(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r);
/* A reason as a JSON object, "at" naming protocol_file; and key (with
 * its leading comma) and a JSON array of v.  compiler/lower_json.c
 * renders a protocol's fixed text with these same functions. */
void json_reason(struct outbuf *out, const char *protocol_file, const struct plinth_reason *x);
void json_names(struct outbuf *out, const char *key, const char *const *v, int n);
/* A step's object up to its title, open for the keys that follow. */
void json_step_head(struct outbuf *out, const char *step, const char *stage, const char *title);
/* The record's object without its closing "}\n", so keys can follow. */
void json_members(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r);
void write_json_members(FILE *out, const struct plinth_output *o, const struct plinth_result *r);

/* Is status s among those --only asked for? */
static inline bool shows(const struct plinth_output *o, enum plinth_status s)
{
	return !o->only || (o->only >> s & 1);
}
void json_string(FILE *out, const char *s);   /* quoted */
void json_escaped(FILE *out, const char *s);  /* not quoted */
/* "file:line:column" as a JSON string; column 0 leaves it out. */
void json_place(FILE *out, const char *file, int line, int column);
/* Writes s escaped as ob_tsv_cell escapes it (outbuf.h), for TSV cells
 * and every record or protocol value in text; text_escaped leaves as
 * they are the characters keep (OB_KEEP_*) names. */
void tsv_cell(FILE *out, const char *s);
/* head, then s escaped as tsv_cell escapes it, then tail. */
void tsv_between(FILE *out, const char *head, const char *s, const char *tail);
void text_escaped(FILE *out, const char *s, int keep);

#endif

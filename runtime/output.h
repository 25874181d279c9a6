/* The result writers, one file per format, and what they share. */
#ifndef PLINTH_OUTPUT_H
#define PLINTH_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "../base/arena.h"
#include "../base/escape.h"
#include "../include/plinth.h"

struct json_step;

/* A writer: the caller's object (plinth.h), holding all a writer keeps
 * from result to result, so nothing is kept per thread behind it. */
struct plinth_writer {
	struct plinth_output o;
	const plinth_protocol *protocol; /* the results' protocol, or NULL */
	struct outbuf buf;               /* one result, on its way to a FILE */
	struct outbuf ints;              /* json: a record's steps by section */
	struct place_cache places;       /* json: the files "at" names */
	struct arena arena;              /* what json renders once: */
	struct json_step *json;          /* the protocol's steps, in plan order,
	                                    or NULL: nothing rendered */
};

void writer_init(struct plinth_writer *w, const plinth_protocol *p, const struct plinth_output *o);
void writer_release(struct plinth_writer *w);

/* Each writer appends one record's text to an output buffer; write_any
 * picks the one w's format names. */
void write_any(struct outbuf *out, struct plinth_writer *w, const struct plinth_result *r);
void write_json(struct outbuf *out, struct plinth_writer *w, const struct plinth_result *r);
void write_tsv(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r);
void write_text(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r);
/* The record's JSON object without its closing "}\n", so keys can follow. */
void json_members(struct outbuf *out, struct plinth_writer *w, const struct plinth_result *r);
/* What json renders once for w's protocol; and frees. */
void json_render_protocol(struct plinth_writer *w);
/* r and its explanation x, through the FILE: --explain's writer. */
void write_explained(FILE *out, struct plinth_writer *w, const struct plinth_result *r,
                     const struct plinth_explanation *x);

enum { NSTATUSES = 0 PLINTH_STATUSES(PLINTH_PLUS_ONE) };
/* The statuses in the order every format lists their sections; here,
 * so that a writer's loop over them is unrolled into straight code. */
#define LISTED(name, word, section, place) [place] = PLINTH_##name,
static const enum plinth_status listed_statuses[NSTATUSES] = { PLINTH_STATUSES(LISTED) };
#undef LISTED

/* Is status s among those --only asked for? */
static inline bool shows(const struct plinth_output *o, enum plinth_status s)
{
	return !o->only || (o->only >> s & 1);
}
#endif

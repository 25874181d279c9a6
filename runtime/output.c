#include "output.h"

#include <stdlib.h>
#include <string.h>

#include "program.h"

const char *plinth_status_name(enum plinth_status s)
{
#define NAME(name, word, ...) word,
	static const char *const names[] = { PLINTH_STATUSES(NAME) };
#undef NAME
	return names[s];
}

const char *plinth_reason_kind_name(enum plinth_reason_kind k)
{
#define NAME(name, word) word,
	static const char *const names[] = { PLINTH_REASON_KINDS(NAME) };
#undef NAME
	return names[k];
}

void plinth_write_header(FILE *out, const struct plinth_output *o)
{
	if (o->format == PLINTH_TSV)
		fputs("record\tid\tseq\tstep\tstage\tstatus\treasons\n", out);
}

void write_any(struct outbuf *b, struct plinth_writer *w, const struct plinth_result *r)
{
	switch (w->o.format) {
	case PLINTH_JSON: write_json(b, w, r); break;
	case PLINTH_TSV: write_tsv(b, &w->o, r); break;
	case PLINTH_TEXT: write_text(b, &w->o, r); break;
	}
}

void writer_init(struct plinth_writer *w, const plinth_protocol *p, const struct plinth_output *o)
{
	*w = (struct plinth_writer){ .o = *o, .protocol = p };
	arena_init(&w->arena);
	if (p && o->format == PLINTH_JSON)
		json_render_protocol(w);
}

void writer_release(struct plinth_writer *w)
{
	ob_free(&w->buf);
	ob_free(&w->ints);
	place_cache_free(&w->places);
	arena_free(&w->arena);
}

plinth_writer *plinth_writer_new(const plinth_protocol *p, const struct plinth_output *o)
{
	struct plinth_writer *w = xmalloc(sizeof *w);
	writer_init(w, p, o);
	return w;
}

void plinth_writer_free(plinth_writer *w)
{
	if (!w)
		return;
	writer_release(w);
	free(w);
}

/* Has format f room for an explanation? */
static bool explains(enum plinth_format f)
{
#define EXPLAINS(name, word, explains) explains,
	static const bool can[] = { PLINTH_FORMATS(EXPLAINS) };
#undef EXPLAINS
	return can[f];
}

void plinth_writer_write(plinth_writer *w, FILE *out, const struct plinth_result *r,
                         const struct plinth_explanation *x)
{
	if (w->o.explain && x && !r->error && explains(w->o.format)) {
		write_explained(out, w, r, x);
		return;
	}
	write_any(&w->buf, w, r);
	ob_flush(&w->buf, out);
}

void plinth_write_result(FILE *out, const struct plinth_output *o, const struct plinth_result *r)
{
	plinth_write_explained(out, o, r, NULL);
}

void plinth_write_explained(FILE *out, const struct plinth_output *o, const struct plinth_result *r,
                            const struct plinth_explanation *x)
{
	struct plinth_writer w;
	writer_init(&w, NULL, o);
	plinth_writer_write(&w, out, r, x);
	writer_release(&w);
}

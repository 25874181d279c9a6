/* Text for people: a heading per record, the numbered plan, the blocked
 * steps with every reason, then done and skipped on a line each.  Every
 * value from a record or the protocol (ids, file names, names, titles,
 * messages, cites, errors) goes through the TSV escaper, so none can
 * break a line, forge one, or send the terminal a control. */
#include "../base/outbuf.h"
#include "output.h"

static void heading(struct outbuf *out, const struct plinth_result *r)
{
	if (r->id) {
		ob_tsv_cell(out, *r->id ? r->id : "\"\""); /* an empty id is seen, not a blank */
		ob_str(out, " (record ");
	} else
		ob_str(out, "record ");
	ob_long(out, r->record);
	ob_str(out, r->id ? ", " : " (");
	ob_tsv_cell(out, r->file);
	ob_char(out, ':');
	ob_long(out, r->line);
	ob_str(out, ")\n");
}

/* Text is written piece by piece: printf-style formatting was a tenth
 * of a text run. */
static void line(struct outbuf *out, const char *head, const char *text)
{
	ob_str(out, head);
	ob_tsv_cell(out, text);
	ob_char(out, '\n');
}

static void cites(struct outbuf *out, const struct plinth_reason *x)
{
	if (!x->ncites)
		return;
	ob_str(out, " [");
	for (int i = 0; i < x->ncites; i++) {
		ob_str(out, i ? ", " : "");
		ob_tsv_cell(out, x->cites[i]);
	}
	ob_char(out, ']');
}

static void planned(struct outbuf *out, const struct plinth_decision *d)
{
	ob_str(out, "    ");
	ob_long(out, d->seq);
	ob_str(out, ". ");
	ob_tsv_cell(out, d->step);
	ob_str(out, ": ");
	ob_tsv_cell(out, d->title);
	ob_char(out, '\n');
	for (int i = 0; i < d->ntechniques; i++)
		line(out, "       technique: ", d->techniques[i]);
	for (int i = 0; i < d->nnotes; i++)
		line(out, "       note: ", d->notes[i]);
	for (int i = 0; i < d->ncautions; i++) {
		const struct plinth_reason *c = &d->cautions[i];
		line(out, c->kind == PLINTH_CAUTION ? "       caution: " : "       caution unassessed: ", c->message);
	}
}

static void blocked(struct outbuf *out, const struct plinth_decision *d)
{
	ob_str(out, "    ");
	ob_tsv_cell(out, d->step);
	ob_str(out, ": ");
	ob_tsv_cell(out, d->title);
	ob_char(out, '\n');
	for (int i = 0; i < d->nreasons; i++) {
		const struct plinth_reason *x = &d->reasons[i];
		ob_str(out, "      ");
		ob_str(out, plinth_reason_kind_name(x->kind));
		ob_str(out, ": ");
		ob_tsv_cell(out, x->message);
		cites(out, x);
		ob_char(out, '\n');
	}
}

static int count(const struct plinth_result *r, enum plinth_status s)
{
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++)
		n += r->decisions[i].status == s;
	return n;
}

/* "  plan:": each section's heading, by status. */
#define HEADING(name, word, section, place) { "  " section ":", sizeof "  " section ":" - 1 },
static const struct rendered headings[] = { PLINTH_STATUSES(HEADING) };
#undef HEADING

static void name_line(struct outbuf *out, const struct plinth_result *r, enum plinth_status s)
{
	if (!count(r, s))
		return;
	ob_rendered(out, headings[s]);
	const char *sep = " ";
	for (int i = 0; i < r->ndecisions; i++)
		if (r->decisions[i].status == s) {
			ob_str(out, sep);
			ob_tsv_cell(out, r->decisions[i].step);
			sep = ", ";
		}
	ob_char(out, '\n');
}

/* The plan is there even when empty; the other sections only when
 * they hold a step. */
static void section(struct outbuf *out, const struct plinth_result *r, enum plinth_status s)
{
	switch (s) {
	case PLINTH_PLANNED:
		ob_rendered(out, headings[s]);
		ob_str(out, count(r, s) ? "\n" : " nothing to do\n");
		for (int i = 0; i < r->ndecisions; i++)
			if (r->decisions[i].status == s)
				planned(out, &r->decisions[i]);
		break;
	case PLINTH_BLOCKED:
		if (!count(r, s))
			break;
		ob_rendered(out, headings[s]);
		ob_char(out, '\n');
		for (int i = 0; i < r->ndecisions; i++)
			if (r->decisions[i].status == s)
				blocked(out, &r->decisions[i]);
		break;
	case PLINTH_SKIPPED: case PLINTH_DONE:
		name_line(out, r, s);
		break;
	}
}

void write_text(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r)
{
	if (r->record > 1)
		ob_char(out, '\n');
	heading(out, r);
	if (r->error) {
		ob_str(out, "  error: ");
		ob_tsv_cell(out, r->file);
		ob_char(out, ':');
		ob_long(out, r->error_line);
		ob_char(out, ':');
		ob_long(out, r->error_column);
		line(out, ": ", r->error);
		return;
	}
	for (int k = 0; k < NSTATUSES; k++)
		if (shows(o, listed_statuses[k]))
			section(out, r, listed_statuses[k]);
}

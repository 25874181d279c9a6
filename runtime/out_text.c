/* Text for people: a heading per record, the numbered plan, the blocked
 * steps with every reason, then done and skipped on a line each. */
#include "output.h"

static void heading(FILE *out, const struct plinth_result *r)
{
	if (r->id) {
		tsv_cell(out, r->id); /* an id comes from the record: keep it on one line */
		fprintf(out, " (record %ld, %s:%d)\n", r->record, r->file, r->line);
	} else
		fprintf(out, "record %ld (%s:%d)\n", r->record, r->file, r->line);
}

static void cites(FILE *out, const struct plinth_reason *x)
{
	if (!x->ncites)
		return;
	fputs(" [", out);
	for (int i = 0; i < x->ncites; i++)
		fprintf(out, "%s%s", i ? ", " : "", x->cites[i]);
	putc(']', out);
}

static void planned(FILE *out, const struct plinth_decision *d)
{
	fprintf(out, "    %d. %s: %s\n", d->seq, d->step, d->title);
	for (int i = 0; i < d->ntechniques; i++)
		fprintf(out, "       technique: %s\n", d->techniques[i]);
	for (int i = 0; i < d->nnotes; i++)
		fprintf(out, "       note: %s\n", d->notes[i]);
	for (int i = 0; i < d->ncautions; i++) {
		const struct plinth_reason *c = &d->cautions[i];
		fprintf(out, "       %s: %s\n", c->kind == PLINTH_CAUTION ? "caution" : "caution unassessed", c->message);
	}
}

static void blocked(FILE *out, const struct plinth_decision *d)
{
	fprintf(out, "    %s: %s\n", d->step, d->title);
	for (int i = 0; i < d->nreasons; i++) {
		const struct plinth_reason *x = &d->reasons[i];
		fprintf(out, "      %s: %s", plinth_reason_kind_name(x->kind), x->message);
		cites(out, x);
		putc('\n', out);
	}
}

static int count(const struct plinth_result *r, enum plinth_status s)
{
	int n = 0;
	for (int i = 0; i < r->ndecisions; i++)
		n += r->decisions[i].status == s;
	return n;
}

static void name_line(FILE *out, const struct plinth_result *r, enum plinth_status s)
{
	if (!count(r, s))
		return;
	fprintf(out, "  %s:", plinth_status_name(s));
	const char *sep = " ";
	for (int i = 0; i < r->ndecisions; i++)
		if (r->decisions[i].status == s) {
			fprintf(out, "%s%s", sep, r->decisions[i].step);
			sep = ", ";
		}
	putc('\n', out);
}

void write_text(FILE *out, const struct plinth_output *o, const struct plinth_result *r)
{
	if (r->record > 1)
		putc('\n', out);
	heading(out, r);
	if (r->error) {
		fprintf(out, "  error: %s:%d:%d: %s\n", r->file, r->error_line, r->error_column, r->error);
		return;
	}
	if (shows(o, PLINTH_PLANNED)) {
		fputs(count(r, PLINTH_PLANNED) ? "  plan:\n" : "  plan: nothing to do\n", out);
		for (int i = 0; i < r->ndecisions; i++)
			if (r->decisions[i].status == PLINTH_PLANNED)
				planned(out, &r->decisions[i]);
	}
	if (shows(o, PLINTH_BLOCKED) && count(r, PLINTH_BLOCKED)) {
		fputs("  blocked:\n", out);
		for (int i = 0; i < r->ndecisions; i++)
			if (r->decisions[i].status == PLINTH_BLOCKED)
				blocked(out, &r->decisions[i]);
	}
	if (shows(o, PLINTH_DONE))
		name_line(out, r, PLINTH_DONE);
	if (shows(o, PLINTH_SKIPPED))
		name_line(out, r, PLINTH_SKIPPED);
}

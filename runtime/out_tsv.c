/* TSV: one row per step decision, or one 'error' row per bad record. */
#include "output.h"

static void row_start(FILE *out, const struct plinth_result *r)
{
	fprintf(out, "%ld\t", r->record);
	tsv_cell(out, r->id ? r->id : "");
	putc('\t', out);
}

static void reason_cells(FILE *out, const struct plinth_reason *v, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			fputs("; ", out);
		fputs(plinth_reason_kind_name(v[i].kind), out);
		fputs(": ", out);
		tsv_cell(out, v[i].message);
	}
}

void write_tsv(FILE *out, const struct plinth_output *o, const struct plinth_result *r)
{
	if (r->error) {
		row_start(out, r);
		fprintf(out, "\t\t\terror\t");
		tsv_cell(out, r->file);
		fprintf(out, ":%d:%d: ", r->error_line, r->error_column);
		tsv_cell(out, r->error);
		putc('\n', out);
		return;
	}
	for (int i = 0; i < r->ndecisions; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		if (!shows(o, d->status))
			continue;
		row_start(out, r);
		if (d->seq)
			fprintf(out, "%d", d->seq);
		putc('\t', out);
		tsv_cell(out, d->step);
		putc('\t', out);
		tsv_cell(out, d->stage);
		fprintf(out, "\t%s\t", plinth_status_name(d->status));
		if (d->status == PLINTH_BLOCKED)
			reason_cells(out, d->reasons, d->nreasons);
		else if (d->status == PLINTH_PLANNED)
			reason_cells(out, d->cautions, d->ncautions);
		putc('\n', out);
	}
}

/* TSV: one row per step decision, or one 'error' row per bad record. */
#include "../base/outbuf.h"
#include "output.h"

static void row_start(struct outbuf *out, const struct plinth_result *r)
{
	ob_long(out, r->record);
	ob_char(out, '\t');
	ob_tsv_cell(out, r->id ? r->id : "");
	ob_char(out, '\t');
}

static void reason_cells(struct outbuf *out, const struct plinth_reason *v, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			ob_str(out, "; ");
		ob_str(out, plinth_reason_kind_name(v[i].kind));
		ob_str(out, ": ");
		ob_tsv_cell(out, v[i].message);
	}
}

void write_tsv(struct outbuf *out, const struct plinth_output *o, const struct plinth_result *r)
{
	if (r->error) {
		row_start(out, r);
		ob_str(out, "\t\t\terror\t");
		ob_tsv_cell(out, r->file);
		ob_char(out, ':');
		ob_long(out, r->error_line);
		ob_char(out, ':');
		ob_long(out, r->error_column);
		ob_str(out, ": ");
		ob_tsv_cell(out, r->error);
		ob_char(out, '\n');
		return;
	}
	for (int i = 0; i < r->ndecisions; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		if (!shows(o, d->status))
			continue;
		row_start(out, r);
		if (d->seq)
			ob_long(out, d->seq);
		ob_char(out, '\t');
		ob_tsv_cell(out, d->step);
		ob_char(out, '\t');
		ob_tsv_cell(out, d->stage);
		ob_char(out, '\t');
		ob_str(out, plinth_status_name(d->status));
		ob_char(out, '\t');
		if (d->status == PLINTH_BLOCKED)
			reason_cells(out, d->reasons, d->nreasons);
		else if (d->status == PLINTH_PLANNED)
			reason_cells(out, d->cautions, d->ncautions);
		ob_char(out, '\n');
	}
}

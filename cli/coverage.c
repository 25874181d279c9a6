/* Coverage of a protocol by its tests: which steps were ever planned,
 * blocked and skipped, and which clauses were ever true and false. */
#include <stdlib.h>
#include <string.h>

#include "../base/escape.h"
#include "testrun.h"

struct clause_seen {
	const char *text;
	int line, column;
	bool was_true, was_false;
};

struct coverage {
	const char *path;
	int nsteps;
	const char **steps;
	bool *planned, *blocked, *skipped;
	struct clause_seen *clauses; /* a stage's clause once, by its place */
	int nclauses, cap;
	int cases;
};

#define KEYWORDS(name, keywords) keywords,
static const char *const kind_words[] = { PLINTH_CLAUSE_KINDS(KEYWORDS) };
#undef KEYWORDS

struct coverage *coverage_new(const plinth_protocol *p, const char *path)
{
	struct coverage *cov = calloc(1, sizeof *cov);
	cov->path = path;
	cov->nsteps = plinth_protocol_steps(p);
	cov->steps = calloc((size_t)cov->nsteps + 1, sizeof *cov->steps);
	cov->planned = calloc((size_t)cov->nsteps + 1, 1);
	cov->blocked = calloc((size_t)cov->nsteps + 1, 1);
	cov->skipped = calloc((size_t)cov->nsteps + 1, 1);
	for (int i = 0; i < cov->nsteps; i++)
		cov->steps[i] = plinth_protocol_step(p, i);
	return cov;
}

static struct clause_seen *clause_at(struct coverage *cov, const struct plinth_clause_value *c)
{
	for (int i = 0; i < cov->nclauses; i++)
		if (cov->clauses[i].line == c->cond.line && cov->clauses[i].column == c->cond.column)
			return &cov->clauses[i];
	if (cov->nclauses == cov->cap) {
		cov->cap = cov->cap ? 2 * cov->cap : 16;
		cov->clauses = realloc(cov->clauses, sizeof *cov->clauses * (size_t)cov->cap);
	}
	struct clause_seen *s = &cov->clauses[cov->nclauses++];
	memset(s, 0, sizeof *s);
	/* The explanation lives until the next record: keep our own copy. */
	size_t n = strlen(kind_words[c->kind]) + strlen(c->cond.text) + 2;
	char *text = malloc(n);
	snprintf(text, n, "%s %s", kind_words[c->kind], c->cond.text);
	s->text = text;
	s->line = c->cond.line;
	s->column = c->cond.column;
	return s;
}

void coverage_add(struct coverage *cov, const struct plinth_result *r, const struct plinth_explanation *x)
{
	cov->cases++;
	for (int i = 0; i < r->ndecisions && i < cov->nsteps; i++) {
		enum plinth_status s = r->decisions[i].status;
		cov->planned[i] |= s == PLINTH_PLANNED;
		cov->blocked[i] |= s == PLINTH_BLOCKED;
		cov->skipped[i] |= s == PLINTH_SKIPPED;
	}
	for (int i = 0; x && i < x->nsteps; i++)
		for (int k = 0; k < x->steps[i].nclauses; k++) {
			const struct plinth_clause_value *c = &x->steps[i].clauses[k];
			struct clause_seen *s = clause_at(cov, c);
			s->was_true |= c->cond.value == PLINTH_TRUE;
			s->was_false |= c->cond.value == PLINTH_FALSE;
		}
}

static double percent(int part, int whole)
{
	return whole ? 100.0 * part / whole : 100.0;
}

static int count(const bool *v, int n)
{
	int k = 0;
	for (int i = 0; i < n; i++)
		k += v[i];
	return k;
}

static void never(FILE *out, const char *what, const struct coverage *cov, const bool *v)
{
	if (count(v, cov->nsteps) == cov->nsteps)
		return;
	fprintf(out, "    never %s:", what);
	const char *sep = " ";
	for (int i = 0; i < cov->nsteps; i++)
		if (!v[i]) {
			fputs(sep, out);
			tsv_cell(out, cov->steps[i]); /* as text output writes names */
			sep = ", ";
		}
	fputc('\n', out);
}

static void clauses_never(FILE *out, const struct coverage *cov, bool want)
{
	for (int i = 0; i < cov->nclauses; i++) {
		const struct clause_seen *s = &cov->clauses[i];
		if (want ? s->was_true : s->was_false)
			continue;
		fprintf(out, "    never %s: ", want ? "true" : "false");
		text_escaped(out, s->text, OB_KEEP_BACKSLASH); /* protocol text, with its own escapes */
		fputs(" (", out);
		tsv_cell(out, cov->path);
		fprintf(out, ":%d:%d)\n", s->line, s->column);
	}
}

bool coverage_report(FILE *out, struct coverage *cov, double threshold)
{
	int planned = count(cov->planned, cov->nsteps), outcomes = 0;
	for (int i = 0; i < cov->nclauses; i++)
		outcomes += cov->clauses[i].was_true + cov->clauses[i].was_false;
	double steps = percent(planned, cov->nsteps), clauses = percent(outcomes, 2 * cov->nclauses);
	fputs("coverage of ", out);
	tsv_cell(out, cov->path);
	fprintf(out, " (%d case%s):\n", cov->cases, cov->cases == 1 ? "" : "s");
	fprintf(out, "  steps planned: %d of %d (%.1f%%)\n", planned, cov->nsteps, steps);
	never(out, "planned", cov, cov->planned);
	fprintf(out, "  steps blocked: %d of %d\n", count(cov->blocked, cov->nsteps), cov->nsteps);
	fprintf(out, "  steps skipped: %d of %d\n", count(cov->skipped, cov->nsteps), cov->nsteps);
	fprintf(out, "  clauses true and false: %d of %d outcomes (%.1f%%)\n", outcomes, 2 * cov->nclauses, clauses);
	clauses_never(out, cov, true);
	clauses_never(out, cov, false);
	bool ok = steps >= threshold && clauses >= threshold;
	if (!ok)
		fprintf(out, "  below the threshold of %g%%\n", threshold);
	return ok;
}

void coverage_free(struct coverage *cov)
{
	for (int i = 0; i < cov->nclauses; i++)
		free((char *)cov->clauses[i].text);
	free(cov->clauses);
	free(cov->steps);
	free(cov->planned);
	free(cov->blocked);
	free(cov->skipped);
	free(cov);
}

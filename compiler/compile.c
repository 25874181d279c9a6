/* plinth_compile: parse, resolve, order, lower; stop at the first pass
 * that found errors, since later passes would only repeat them. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lint.h"
#include "lower.h"
#include "order.h"
#include "parse.h"
#include "resolve.h"

plinth_protocol *plinth_compile(const char *file, const char *src, size_t len, plinth_diagnostics **diags)
{
	plinth_diagnostics *d = diags_new(file, src, len);
	*diags = d;
	struct plinth_protocol *prog = xmalloc(sizeof *prog);
	memset(prog, 0, sizeof *prog);
	arena_init(&prog->arena);
	prog->file = arena_strdup(&prog->arena, file);

	struct parse_ctx ctx = { .arena = &prog->arena, .diags = d };
	parse_protocol(&ctx, src, len);
	if (d->errors)
		goto fail;
	struct protocol_ast *p = ctx.proto;
	resolve_protocol(p, &prog->arena, d);
	struct check **checks = arena_alloc(&prog->arena, sizeof *checks * (size_t)(p->checks.n + 1));
	order_checks(p, &prog->arena, d, checks);
	int nsteps = 0;
	for (int i = 0; i < p->stages.n; i++)
		nsteps += ((struct stage *)p->stages.items[i])->steps.n;
	struct step **plan = arena_alloc(&prog->arena, sizeof *plan * (size_t)(nsteps + 1));
	order_steps(p, &prog->arena, d, plan);
	if (d->errors)
		goto fail;
	lint_protocol(p, checks, &prog->arena, d);
	lower_protocol(prog, p, checks, plan);
	prog->ast = p;
	diags_sort(d);
	return prog;
fail:
	diags_sort(d);
	plinth_protocol_free(prog);
	return NULL;
}

void plinth_protocol_free(plinth_protocol *p)
{
	if (!p)
		return;
	arena_free(&p->arena);
	free(p);
}

int plinth_protocol_steps(const plinth_protocol *p)
{
	return p->nsteps;
}

const char *plinth_protocol_step(const plinth_protocol *p, int i)
{
	return i >= 0 && i < p->nsteps ? p->steps[i].name : NULL;
}

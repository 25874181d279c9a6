#include "reads.h"

#include <stdlib.h>
#include <string.h>

struct check_reads {
	const int *slots;
	int n;
};

struct reads {
	struct arena *a;
	struct check_reads *checks; /* by check index */
	signed char *memo;
	int nslots;
	unsigned *seen;             /* by slot: the listing that has it */
	unsigned listing;
	int *buf, cap, n;           /* the listing's slots */
};

static void add_slot(struct reads *r, int slot)
{
	if (r->seen[slot] == r->listing)
		return;
	r->seen[slot] = r->listing;
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 64;
		r->buf = xrealloc(r->buf, sizeof *r->buf * (size_t)r->cap);
	}
	r->buf[r->n++] = slot;
}

/* The slots of the checks n names are listed already (reads_new). */
static void walk(struct reads *r, const struct node *n)
{
	if (!n)
		return;
	if (n->field)
		add_slot(r, n->field->slot);
	if (n->check) {
		const struct check_reads *c = &r->checks[n->check->index];
		for (int i = 0; i < c->n; i++)
			add_slot(r, c->slots[i]);
	}
	walk(r, n->a);
	walk(r, n->b);
	for (int i = 0; i < n->items.n; i++)
		walk(r, n->items.items[i]);
}

static int by_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static const int *list(struct reads *r, const struct node *cond, int *n)
{
	r->n = 0;
	if (!++r->listing) { /* wrapped: forget every mark */
		r->listing = 1;
		memset(r->seen, 0, sizeof *r->seen * (size_t)r->nslots);
	}
	walk(r, cond);
	if (r->n)
		qsort(r->buf, (size_t)r->n, sizeof *r->buf, by_int);
	int *slots = arena_alloc(r->a, sizeof *slots * (size_t)(r->n + 1));
	if (r->n)
		memcpy(slots, r->buf, sizeof *slots * (size_t)r->n);
	*n = r->n;
	return slots;
}

struct reads *reads_new(struct arena *a, const struct protocol_ast *p, struct check *const *check_order, int nslots)
{
	struct reads *r = arena_alloc(a, sizeof *r);
	r->a = a;
	r->nslots = nslots;
	r->checks = arena_alloc(a, sizeof *r->checks * (size_t)(p->checks.n + 1));
	r->memo = arena_alloc(a, (size_t)p->checks.n + 1);
	r->seen = arena_alloc(a, sizeof *r->seen * (size_t)(nslots + 1));
	for (int i = 0; i < p->checks.n; i++) { /* those a check names come before it */
		struct check_reads *c = &r->checks[check_order[i]->index];
		c->slots = list(r, check_order[i]->cond, &c->n);
	}
	return r;
}

const int *reads_of(struct reads *r, const struct node *cond, int *n)
{
	return list(r, cond, n);
}

signed char *reads_check_memo(struct reads *r)
{
	return r->memo;
}

void reads_free(struct reads *r)
{
	free(r->buf);
	r->buf = NULL;
	r->cap = 0;
}

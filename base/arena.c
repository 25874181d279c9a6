#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	struct arena_block *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
};

enum { BLOCK_MIN = 64 * 1024 };

/* A test build counts calls to the allocator, to show that planning
 * more records costs no more of them (tests/alloc/run). */
#ifdef PLINTH_COUNT_ALLOC
static long allocations;

static void report_allocations(void)
{
	fprintf(stderr, "plinth: %ld allocations\n", allocations);
}

#define COUNT_ALLOCATION() do { if (!allocations++) atexit(report_allocations); } while (0)
#else
#define COUNT_ALLOCATION() ((void)0)
#endif

void out_of_memory(void)
{
	fputs("plinth: out of memory\n", stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	COUNT_ALLOCATION();
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	COUNT_ALLOCATION();
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->spare = NULL;
}

static void free_chain(struct arena_block *b)
{
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
}

void arena_free(struct arena *a)
{
	free_chain(a->head);
	free_chain(a->spare);
	arena_init(a);
}

void arena_reset(struct arena *a)
{
	while (a->head) {
		struct arena_block *b = a->head;
		a->head = b->next;
		b->used = 0;
		b->next = a->spare;
		a->spare = b;
	}
}

static struct arena_block *take_block(struct arena *a, size_t n)
{
	struct arena_block **pp = &a->spare;
	for (; *pp; pp = &(*pp)->next) {
		if ((*pp)->size >= n) {
			struct arena_block *b = *pp;
			*pp = b->next;
			return b;
		}
	}
	size_t size = n > BLOCK_MIN ? n : BLOCK_MIN;
	struct arena_block *b = xmalloc(sizeof *b + size);
	b->size = size;
	b->used = 0;
	return b;
}

void *arena_alloc_raw(struct arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		b = take_block(a, n);
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	return p;
}

void *arena_alloc(struct arena *a, size_t n)
{
	return memset(arena_alloc_raw(a, n), 0, n);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc_raw(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = arena_alloc_raw(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void vec_push(struct arena *a, struct vec *v, void *item)
{
	if (v->n == v->cap) {
		int cap = v->cap ? v->cap * 2 : 4;
		void **items = arena_alloc(a, sizeof *items * (size_t)cap);
		if (v->n)
			memcpy(items, v->items, sizeof *items * (size_t)v->n);
		v->items = items;
		v->cap = cap;
	}
	v->items[v->n++] = item;
}

/* Bump allocator.  One arena owns everything a compiled protocol holds,
 * and one is reset for every record: nothing in either is freed singly. */
#ifndef PLINTH_ARENA_H
#define PLINTH_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;  /* block being filled */
	struct arena_block *spare; /* blocks kept by arena_reset for reuse */
};

void arena_init(struct arena *a);
/* Frees every block; the arena can be used again after arena_init. */
void arena_free(struct arena *a);
/* Forgets all allocations but keeps the memory, so a steady stream of
 * records reuses the same blocks and never calls malloc. */
void arena_reset(struct arena *a);

void *arena_alloc(struct arena *a, size_t n);     /* zeroed, aligned */
void *arena_alloc_raw(struct arena *a, size_t n); /* aligned, not zeroed: for
                                                     what is then written whole */
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The one place out-of-memory is handled: print and exit 2. */
_Noreturn void out_of_memory(void);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

/* A growable array of pointers allocated from an arena. */
struct vec {
	void **items;
	int n, cap;
};
void vec_push(struct arena *a, struct vec *v, void *item);

#endif

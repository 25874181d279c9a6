/* Name tables, built once per protocol. */
#include "names.h"

void names_build(struct names *t, struct arena *a, const char *const *name, int n)
{
	unsigned size = 2;
	while (size < 2 * (unsigned)n)
		size *= 2;
	int *slot = arena_alloc(a, sizeof *slot * size);
	size_t *len = arena_alloc(a, sizeof *len * (size_t)(n ? n : 1));
	t->mask = size - 1;
	for (int i = 0; i < n; i++) {
		len[i] = strlen(name[i]);
		unsigned at = names_hash(name[i], len[i]) & t->mask;
		while (slot[at])
			at = (at + 1) & t->mask;
		slot[at] = i + 1;
	}
	t->slot = slot;
	t->name = name;
	t->len = len;
}

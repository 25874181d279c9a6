#include "symtab.h"

void symtab_init(struct symtab *t, struct arena *a, int n)
{
	unsigned size = 8;
	while (size < 2 * (unsigned)n)
		size *= 2;
	t->mask = size - 1;
	t->hash = arena_alloc(a, sizeof *t->hash * size);
	t->item = arena_alloc(a, sizeof *t->item * size);
}

void symtab_add(struct symtab *t, unsigned hash, void *item)
{
	unsigned i = hash & t->mask;
	while (t->item[i])
		i = (i + 1) & t->mask;
	t->hash[i] = hash;
	t->item[i] = item;
}

/* Linear probing keeps the items of one hash in the order added: a
 * later one was put in a slot the earlier ones had passed. */
void *symtab_next(const struct symtab *t, unsigned hash, bool (*want)(const void *item, const void *key),
                  const void *key, const void *after)
{
	bool passed = !after;
	for (unsigned i = hash & t->mask; t->item[i]; i = (i + 1) & t->mask) {
		if (t->hash[i] != hash || !want(t->item[i], key))
			continue;
		if (passed)
			return t->item[i];
		passed = t->item[i] == after;
	}
	return NULL;
}

void *symtab_find(const struct symtab *t, unsigned hash, bool (*want)(const void *item, const void *key),
                  const void *key)
{
	return symtab_next(t, hash, want, key, NULL);
}

unsigned symtab_hash_more(unsigned h, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		h = (h ^ *p) * 16777619u;
	return (h ^ 0xFFu) * 16777619u; /* ends the name: "ab"+"c" is not "a"+"bc" */
}

unsigned symtab_hash(const char *s)
{
	return symtab_hash_more(2166136261u, s);
}

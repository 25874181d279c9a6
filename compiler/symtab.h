/* A hash table from names to the declarations that carry them, for the
 * compiler's lookups: each is one probe or so however many names a
 * protocol declares.  (base/names.h hashes a few bytes of a key,
 * which is right for the few names a record holds, but generated
 * protocols with thousands of names like s1, s2, ... would share a
 * handful of hashes.)  Items are added, never removed; the table lives
 * in the arena it was made in.  Of several items under one key, they
 * are found in the order they were added. */
#ifndef PLINTH_SYMTAB_H
#define PLINTH_SYMTAB_H

#include <stdbool.h>

#include "../base/arena.h"

struct symtab {
	unsigned mask;    /* slots - 1; slots are at least twice the items */
	unsigned *hash;   /* of the item in each slot */
	void **item;      /* NULL: an empty slot */
};

/* A table with room for n items. */
void symtab_init(struct symtab *t, struct arena *a, int n);
void symtab_add(struct symtab *t, unsigned hash, void *item);

/* Calls the items under hash in turn, in the order added, until want
 * returns true for one, and returns that one (NULL: none). */
void *symtab_find(const struct symtab *t, unsigned hash, bool (*want)(const void *item, const void *key),
                  const void *key);
/* Of the items under hash that want accepts, the one after `after`
 * (NULL: the first). */
void *symtab_next(const struct symtab *t, unsigned hash, bool (*want)(const void *item, const void *key),
                  const void *key, const void *after);

/* FNV-1a over a string; continue a hash with symtab_hash_more. */
unsigned symtab_hash(const char *s);
unsigned symtab_hash_more(unsigned h, const char *s);

#endif

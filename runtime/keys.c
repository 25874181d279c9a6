/* Keys given twice in a record: see keys.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"

struct key_entry {
	const char *key; /* NULL: free */
	size_t len;
	uint32_t hash;
	int scope, line;
};

enum { FIRST_CAP = 8 };

void keys_start(struct doc_keys *k, int ntrie)
{
	if (!k->node_stamp || k->ntrie != ntrie) {
		free(k->node_stamp);
		free(k->node_line);
		k->node_stamp = calloc((size_t)ntrie + 1, sizeof *k->node_stamp);
		k->node_line = calloc((size_t)ntrie + 1, sizeof *k->node_line);
		if (!k->node_stamp || !k->node_line)
			out_of_memory();
		k->ntrie = ntrie;
		k->stamp = 0;
	}
	if (++k->stamp == 0) { /* wrapped: old marks could look current */
		memset(k->node_stamp, 0, sizeof *k->node_stamp * ((size_t)ntrie + 1));
		k->stamp = 1;
	}
	k->tab = NULL;
	k->cap = k->n = 0;
	k->next_scope = ntrie;
}

void keys_free(struct doc_keys *k)
{
	free(k->node_stamp);
	free(k->node_line);
	*k = (struct doc_keys){ 0 };
}

int keys_new_scope(struct doc_keys *k)
{
	return k->next_scope++;
}

/* FNV-1a over the scope and the key's bytes. */
static uint32_t key_hash(int scope, const char *key, size_t len)
{
	uint32_t h = 2166136261u ^ (uint32_t)scope;
	h *= 16777619u;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)key[i];
		h *= 16777619u;
	}
	return h;
}

/* The entry for (scope, key), or the free one where it would go. */
static struct key_entry *slot_for(struct key_entry *tab, size_t cap, uint32_t hash, int scope,
                                  const char *key, size_t len)
{
	for (size_t i = hash & (cap - 1);; i = (i + 1) & (cap - 1)) {
		struct key_entry *e = &tab[i];
		if (!e->key || (e->hash == hash && e->scope == scope && e->len == len && !memcmp(e->key, key, len)))
			return e;
	}
}

/* At most half full, so probes stay short and a free entry always ends them. */
static void make_room(struct doc_keys *k, struct arena *a)
{
	if (2 * (k->n + 1) <= k->cap)
		return;
	size_t cap = k->cap ? 2 * k->cap : FIRST_CAP;
	struct key_entry *tab = arena_alloc(a, cap * sizeof *tab);
	for (size_t i = 0; i < k->cap; i++)
		if (k->tab[i].key)
			*slot_for(tab, cap, k->tab[i].hash, k->tab[i].scope, k->tab[i].key, k->tab[i].len) = k->tab[i];
	k->tab = tab;
	k->cap = cap;
}

int keys_once(struct doc_keys *k, struct arena *a, int scope, const char *key, size_t len, int line)
{
	make_room(k, a); /* first: a full table would have no free entry to end a probe */
	uint32_t hash = key_hash(scope, key, len);
	struct key_entry *e = slot_for(k->tab, k->cap, hash, scope, key, len);
	if (e->key)
		return e->line;
	if (k->n == KEYS_MAX)
		return -1;
	*e = (struct key_entry){ arena_strndup(a, key, len), len, hash, scope, line };
	k->n++;
	return 0;
}

/* A name table: which of a few known names a key is.  Record keys, one-of
 * members and step names are looked up for every record; a scan of the
 * names ended on a branch the processor could not foresee, once per key
 * (bench/README.md).  Here a key is hashed and found in about one probe. */
#ifndef PLINTH_NAMES_H
#define PLINTH_NAMES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

struct names {
	const int *slot;         /* a name's index + 1, or 0: none; mask + 1 of them */
	const char *const *name; /* the names, as given */
	const size_t *len;
	unsigned mask;           /* the slots are a power of two, at least twice the names */
};

/* Builds t over name[0..n); the arrays live in a. */
void names_build(struct names *t, struct arena *a, const char *const *name, int n);

/* The length and three bytes of a key tell the few names of a protocol
 * apart well enough; a collision costs one more probe, never an error. */
static inline unsigned names_hash(const char *key, size_t len)
{
	const unsigned char *k = (const unsigned char *)key;
	uint32_t h = (uint32_t)len;
	if (len)
		h ^= (uint32_t)k[0] << 8 ^ (uint32_t)k[len - 1] << 16 ^ (uint32_t)k[len / 2] << 24;
	h *= 0x9E3779B1u;
	return h ^ h >> 15;
}

/* The index of the name key[0..len), or -1.  The table is never full, so
 * the probe ends at an empty slot. */
static inline int names_find(const struct names *t, const char *key, size_t len)
{
	for (unsigned i = names_hash(key, len) & t->mask;; i = (i + 1) & t->mask) {
		int s = t->slot[i] - 1;
		if (s < 0)
			return -1;
		if (t->len[s] == len && !memcmp(t->name[s], key, len))
			return s;
	}
}

#endif

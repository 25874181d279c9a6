/* The keys given in one record, to find a key given twice in any of its
 * mappings: YAML forbids it, and a record that says two things about
 * one field has said neither, so the reader rejects the record.
 *
 * Keys are known by their scope (the mapping they are in) and their
 * text.  A declared mapping or field is a node of the protocol's trie,
 * which a record can enter only once: those are marked in an array by
 * node.  Every other key (undeclared, in any mapping) goes to a hash
 * table in the record's arena.  Nothing is freed per record: the arena
 * is reset, and the node marks are stamped with the document's number. */
#ifndef PLINTH_KEYS_H
#define PLINTH_KEYS_H

#include <stddef.h>

#include "../base/arena.h"

struct key_entry;

/* Keys outside the trie in one record, at most: a bound on the table. */
enum { KEYS_MAX = 65536 };

struct doc_keys {
	unsigned stamp;        /* this document's; a node's mark is current when equal */
	unsigned *node_stamp;  /* by trie node, and one more for the caller */
	int *node_line;        /* by trie node: where its key was given */
	int ntrie;
	struct key_entry *tab; /* in the record's arena; NULL until a key comes */
	size_t cap, n;
	int next_scope;        /* scopes past the trie's nodes: undeclared mappings */
};

/* A new document: forgets every key (the record's arena, which holds
 * the table, has been reset); ntrie: the protocol's number of trie nodes. */
void keys_start(struct doc_keys *k, int ntrie);
void keys_free(struct doc_keys *k);

/* The trie node's key was given at line: 0 if for the first time, else
 * the line where it was first given.  Inline: every key of every record
 * comes here. */
static inline int keys_node_once(struct doc_keys *k, int node, int line)
{
	if (k->node_stamp[node] == k->stamp)
		return k->node_line[node];
	k->node_stamp[node] = k->stamp;
	k->node_line[node] = line;
	return 0;
}

/* A mapping outside the trie: a scope of its own for its keys. */
int keys_new_scope(struct doc_keys *k);

/* The key (len bytes, any content) was given in scope at line: 0 if for
 * the first time, else the line where it was first given; -1 if the
 * record has more than KEYS_MAX such keys.  The key is copied into the
 * arena. */
int keys_once(struct doc_keys *k, struct arena *a, int scope, const char *key, size_t len, int line);

#endif

/* A YAML document as a small tree, for protocol test files.  Records
 * stream through the runtime without a tree; a test file is a handful
 * of cases, and checking it needs to look back and forth. */
#ifndef PLINTH_YAMLTREE_H
#define PLINTH_YAMLTREE_H

#include <stdbool.h>
#include <stddef.h>

#include "../base/arena.h"

enum ykind { Y_SCALAR, Y_LIST, Y_MAP };

struct ynode {
	enum ykind kind;
	const char *text;   /* Y_SCALAR */
	bool plain;         /* an unquoted scalar */
	int line, column;   /* 1-based start */
	int end_line, end_column; /* just after the node */
	struct ynode **items; /* Y_LIST: the items; Y_MAP: key, value, key, value... */
	int n;
};

/* Parses the first document of src.  On a YAML error returns NULL and
 * sets *error, *line and *column. */
struct ynode *yaml_tree(struct arena *a, const char *src, size_t len, const char **error, int *line,
                        int *column);
/* The key given a second time in a map (the first such in the file),
 * with the line of its first, or NULL if every key is given once. */
const struct ynode *ymap_repeated(struct arena *a, const struct ynode *map, int *first_line);
/* The value under key in a map, or NULL. */
struct ynode *ymap_get(const struct ynode *map, const char *key);
/* The text of node from its start to its end, with spaces before it
 * standing in for the rest of its first line, so that lines and columns
 * in the text match the source. */
char *ynode_text(struct arena *a, const char *src, size_t len, const struct ynode *node, size_t *out_len);

#endif

#include "yamltree.h"
#include "../base/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

enum { MAX_DEPTH = 64 };

struct ybuild {
	struct arena *a;
	yaml_parser_t parser;
	const char *error;
	int line, column;
};

static void at(struct ynode *n, const yaml_event_t *ev)
{
	n->line = (int)ev->start_mark.line + 1;
	n->column = (int)ev->start_mark.column + 1;
}

static bool fail(struct ybuild *b, const char *msg, const yaml_mark_t *m)
{
	if (!b->error) {
		b->error = msg;
		b->line = (int)m->line + 1;
		b->column = (int)m->column + 1;
	}
	return false;
}

static int by_place(const struct ynode *a, const struct ynode *b)
{
	return a->line != b->line ? a->line - b->line : a->column - b->column;
}

/* Keys by text, then by place: the first of equal keys is the first given. */
static int by_key(const void *x, const void *y)
{
	const struct ynode *a = *(struct ynode *const *)x, *b = *(struct ynode *const *)y;
	int c = strcmp(a->text, b->text);
	return c ? c : by_place(a, b);
}

/* Items until the end event; for a map, keys and values alternate. */
static bool children(struct ybuild *b, struct ynode *n, yaml_event_type_t end, int depth)
{
	struct vec items = { 0 };
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&b->parser, &ev))
			return fail(b, b->parser.problem ? b->parser.problem : "invalid YAML", &b->parser.problem_mark);
		if (ev.type == end) {
			n->end_line = (int)ev.end_mark.line + 1;
			n->end_column = (int)ev.end_mark.column + 1;
			yaml_event_delete(&ev);
			break;
		}
		/* Each event starts one child node. */
		struct ynode *child = NULL;
		bool ok = true;
		if (ev.type == YAML_ALIAS_EVENT)
			ok = fail(b, "aliases are not allowed in test files", &ev.start_mark);
		else {
			child = arena_alloc(b->a, sizeof *child);
			at(child, &ev);
			if (ev.type == YAML_SCALAR_EVENT) {
				child->kind = Y_SCALAR;
				child->text = arena_strndup(b->a, (const char *)ev.data.scalar.value, ev.data.scalar.length);
				child->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
				child->end_line = (int)ev.end_mark.line + 1;
				child->end_column = (int)ev.end_mark.column + 1;
			} else if (depth >= MAX_DEPTH)
				ok = fail(b, "nesting too deep", &ev.start_mark);
			else if (ev.type == YAML_SEQUENCE_START_EVENT) {
				child->kind = Y_LIST;
				ok = children(b, child, YAML_SEQUENCE_END_EVENT, depth + 1);
			} else {
				child->kind = Y_MAP;
				ok = children(b, child, YAML_MAPPING_END_EVENT, depth + 1);
			}
		}
		yaml_event_delete(&ev);
		if (!ok)
			return false;
		vec_push(b->a, &items, child);
	}
	n->items = (struct ynode **)items.items;
	n->n = items.n;
	return true;
}

struct ynode *yaml_tree(struct arena *a, const char *src, size_t len, const char **error, int *line,
                        int *column)
{
	struct ybuild b = { .a = a };
	struct ynode *root = arena_alloc(a, sizeof *root);
	root->kind = Y_LIST; /* the stream: its items are the documents' roots */
	yaml_parser_initialize(&b.parser);
	yaml_parser_set_input_string(&b.parser, (const unsigned char *)src, len);
	yaml_event_t ev;
	bool ok = yaml_parser_parse(&b.parser, &ev); /* stream start */
	if (ok) {
		yaml_event_delete(&ev);
		ok = yaml_parser_parse(&b.parser, &ev); /* document start or stream end */
	}
	if (ok && ev.type == YAML_DOCUMENT_START_EVENT) {
		yaml_event_delete(&ev);
		ok = children(&b, root, YAML_DOCUMENT_END_EVENT, 0);
	} else if (ok) {
		yaml_event_delete(&ev);
		fail(&b, "the file is empty", &b.parser.mark);
		ok = false;
	}
	if (!ok && !b.error)
		fail(&b, b.parser.problem ? b.parser.problem : "invalid YAML", &b.parser.problem_mark);
	yaml_parser_delete(&b.parser);
	if (!ok) {
		*error = b.error;
		*line = b.line;
		*column = b.column;
		return NULL;
	}
	return root->n ? root->items[0] : NULL;
}

const struct ynode *ymap_repeated(struct arena *a, const struct ynode *map, int *first_line)
{
	int n = 0;
	const struct ynode **keys = arena_alloc(a, sizeof *keys * (size_t)(map->n / 2 + 1));
	for (int i = 0; i + 1 < map->n; i += 2)
		if (map->items[i]->kind == Y_SCALAR)
			keys[n++] = map->items[i];
	qsort(keys, (size_t)n, sizeof *keys, by_key); /* n log n, however many keys */
	int dup = 0; /* the repetition that comes first in the file */
	for (int i = 1; i < n; i++)
		if (!strcmp(keys[i - 1]->text, keys[i]->text) && (!dup || by_place(keys[i], keys[dup]) < 0))
			dup = i;
	if (!dup)
		return NULL;
	*first_line = keys[dup - 1]->line;
	return keys[dup];
}

struct ynode *ymap_get(const struct ynode *map, const char *key)
{
	if (!map || map->kind != Y_MAP)
		return NULL;
	for (int i = 0; i + 1 < map->n; i += 2)
		if (map->items[i]->kind == Y_SCALAR && !strcmp(map->items[i]->text, key))
			return map->items[i + 1];
	return NULL;
}

/* Byte offset of 1-based (line, column), columns in characters. */
static size_t offset_of(const char *src, size_t len, int line, int column)
{
	size_t i = 0;
	for (int l = 1; l < line && i < len; i++)
		if (src[i] == '\n')
			l++;
	for (int c = 1; c < column && i < len && src[i] != '\n'; c++) {
		i++;
		while (i < len && utf8_continues((unsigned char)src[i]))
			i++;
	}
	return i;
}

char *ynode_text(struct arena *a, const char *src, size_t len, const struct ynode *node, size_t *out_len)
{
	size_t from = offset_of(src, len, node->line, node->column);
	size_t to = offset_of(src, len, node->end_line, node->end_column);
	int pad = node->column - 1;
	char *text = arena_alloc(a, (size_t)pad + (to - from) + 1);
	memset(text, ' ', (size_t)pad);
	memcpy(text + pad, src + from, to - from);
	*out_len = (size_t)pad + (to - from);
	return text;
}

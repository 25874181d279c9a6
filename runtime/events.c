/* Reads records with libyaml's event API, guided by the protocol's field
 * trie: each key is looked up as it streams past, scalars are converted
 * once into their slot, and undeclared subtrees are skipped by depth.
 * No tree is ever built. */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "../base/suggest.h"
#include "keys.h"
#include "reader_impl.h"
#include "../base/utf8.h"

enum { MAX_DEPTH = 64, MAX_SCALAR = 65536, MAX_KEYS = 10000 };

/* ---- errors ------------------------------------------------------- */

void reader_fail(struct plinth_reader *rd, const yaml_mark_t *m, const char *msg)
{
	if (rd->h->result.error)
		return; /* the first error names the record's problem */
	rd->h->result.error = msg;
	rd->h->result.error_line = (int)(rd->line0 + (long)m->line);
	rd->h->result.error_column = (int)m->column + 1;
}

/* libyaml reports bad bytes by offset, not line and column. */
static yaml_mark_t offset_mark(const char *text, size_t offset)
{
	yaml_mark_t m = { 0 };
	for (size_t i = 0; i < offset; i++) {
		if (text[i] == '\n') {
			m.line++;
			m.column = 0;
		} else if (!utf8_continues((unsigned char)text[i]))
			m.column++;
	}
	return m;
}

/* libyaml gave up on the document: say where and why. */
static __attribute__((noinline)) void parse_failed(struct plinth_reader *rd)
{
	rd->parse_failed = true;
	yaml_parser_t *y = &rd->parser;
	const char *problem = y->problem ? y->problem : "malformed YAML";
	if (y->error == YAML_READER_ERROR) {
		yaml_mark_t m = offset_mark(rd->text, y->problem_offset);
		if (y->problem_value > 0xff) /* a character, not a byte */
			FAIL(rd, &m, "invalid input: %s (U+%04X)", problem, (unsigned)y->problem_value);
		else if (y->problem_value >= 0)
			FAIL(rd, &m, "invalid input: %s (byte 0x%02x)", problem, (unsigned)y->problem_value & 0xff);
		else
			FAIL(rd, &m, "invalid input: %s", problem);
	} else if (y->context)
		FAIL(rd, &y->problem_mark, "invalid YAML: %s %s started at line %ld, column %d", problem,
		     y->context, rd->line0 + (long)y->context_mark.line, (int)y->context_mark.column + 1);
	else
		FAIL(rd, &y->problem_mark, "invalid YAML: %s", problem);
}

static inline bool next_event(struct plinth_reader *rd, yaml_event_t *ev)
{
	if (rd->parse_failed)
		return false;
	if (yaml_parser_parse(&rd->parser, ev))
		return true;
	parse_failed(rd);
	return false;
}

bool reader_event(struct plinth_reader *rd, yaml_event_t *ev)
{
	return next_event(rd, ev);
}

long reader_error_line(const struct plinth_reader *rd)
{
	const yaml_parser_t *y = &rd->parser;
	if (y->error == YAML_READER_ERROR)
		return rd->line0 + (long)offset_mark(rd->text, y->problem_offset).line;
	return rd->line0 + (long)y->problem_mark.line;
}

/* ---- scalars ------------------------------------------------------ */

/* Plain and untagged: only such a scalar can be a number, a boolean
 * or null.  A quoted "4" or a !!str 4 is text. */
static bool is_plain(const yaml_event_t *ev)
{
	return ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !ev->data.scalar.tag;
}

static const char *scalar(const yaml_event_t *ev)
{
	return (const char *)ev->data.scalar.value;
}

/* A scalar that can be read as the given YAML type: plain and untagged,
 * or tagged with that type's standard tag (!!int 7), in any style. */
static bool typed(const yaml_event_t *ev, const char *type)
{
	const char *tag = (const char *)ev->data.scalar.tag;
	static const char prefix[] = "tag:yaml.org,2002:";
	if (!tag)
		return ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	return !strncmp(tag, prefix, sizeof prefix - 1) && !strcmp(tag + sizeof prefix - 1, type);
}

/* How a scalar that is not of a field's type was written, for the
 * message: "the quoted string \"4\"", "'4' tagged !!str", "'four'". */
static const char *as_written(struct arena *a, const yaml_event_t *ev)
{
	const char *tag = (const char *)ev->data.scalar.tag;
	static const char prefix[] = "tag:yaml.org,2002:";
	if (tag)
		return !strncmp(tag, prefix, sizeof prefix - 1)
		       ? arena_printf(a, "'%s' tagged !!%s", scalar(ev), tag + sizeof prefix - 1)
		       : arena_printf(a, "'%s' tagged %s", scalar(ev), tag);
	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return arena_printf(a, "the quoted string \"%s\"", scalar(ev));
	return arena_printf(a, "'%s'", scalar(ev));
}

/* A NUL can only come from an escape in a double-quoted scalar (libyaml
 * rejects the raw byte); values are C strings from here on, so it would
 * cut them short: "neutral\0x" must not read as neutral. */
static bool has_nul(const yaml_event_t *ev)
{
	return ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
	       memchr(ev->data.scalar.value, '\0', ev->data.scalar.length);
}

static bool is_null(const yaml_event_t *ev)
{
	const char *s = scalar(ev);
	if (ev->data.scalar.tag) /* !!null "" is null, whatever it spells; any other tag makes a value */
		return typed(ev, "null");
	switch (ev->data.scalar.length) { /* most scalars are no null: look at the length first */
	case 0: return is_plain(ev);
	case 1: return is_plain(ev) && s[0] == '~';
	case 4: return (s[0] == 'n' || s[0] == 'N') && is_plain(ev) &&
	               (!strcmp(s, "null") || !strcmp(s, "Null") || !strcmp(s, "NULL"));
	default: return false;
	}
}

static bool one_of(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (!strcmp(s, *words))
			return true;
	return false;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads text as a number into *out, as strtod would: digits, an optional
 * leading '-', and if decimal one '.' between digits (the spelling of
 * numbers in a protocol); false if it is spelled otherwise.  Most are a
 * few digits: with at most 15 of them the digits as an integer and the
 * power of ten are both exact doubles, so one division rounds
 * correctly; strtod (a fifth of reading a record) only for the rest. */
static bool number_value(const char *text, bool decimal, double *out)
{
	static const double tens[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	                               1e11, 1e12, 1e13, 1e14, 1e15 };
	const char *s = text + (*text == '-');
	uint64_t digits = 0;
	int n = 0, frac = -1;
	if (!is_digit(*s))
		return false;
	for (;; s++) {
		if (is_digit(*s)) {
			if (++n <= 15)
				digits = digits * 10 + (uint64_t)(*s - '0');
			frac += frac >= 0;
		} else if (*s == '.' && decimal && frac < 0 && is_digit(s[1]))
			frac = 0;
		else
			break;
	}
	if (*s)
		return false;
	if (n > 15) {
		*out = strtod(text, NULL);
		return true;
	}
	double d = frac > 0 ? (double)digits / tens[frac] : (double)digits;
	*out = *text == '-' ? -d : d;
	return true;
}

/* A whole number past 2^53, by its digits: as a double, 2^53 + 1
 * would read as 2^53 and pass unnoticed. */
static bool int_too_large(const char *text)
{
	const char *digits = text + (*text == '-');
	while (*digits == '0' && digits[1])
		digits++;
	size_t n = strlen(digits);
	return n > 16 || (n == 16 && strcmp(digits, "9007199254740992") > 0);
}

static const char *range_text(struct arena *a, const struct slot *s)
{
	return arena_printf(a, "%.15g..%.15g", s->lo, s->hi);
}

static void read_number(struct plinth_reader *rd, const struct slot *s, struct value *v, const yaml_event_t *ev)
{
	const char *text = scalar(ev);
	bool is_int = s->type == SL_INT;
	const char *what = is_int ? "a whole number" : "a number";
	double d;
	if (!(typed(ev, "int") || (!is_int && typed(ev, "float"))) || !number_value(text, !is_int, &d)) {
		FAIL(rd, &ev->start_mark, "%s: expected %s, got %s", s->path, what, as_written(&rd->h->arena, ev));
		return;
	}
	bool past_2_53 = d <= -9007199254740992.0 || d >= 9007199254740992.0; /* else surely not too large */
	if (is_int ? past_2_53 && int_too_large(text) : !(d >= -1e300 && d <= 1e300)) {
		FAIL(rd, &ev->start_mark, "%s: %s is too large", s->path, text);
		return;
	}
	if (s->has_range && (d < s->lo || d > s->hi)) {
		FAIL(rd, &ev->start_mark, "%s: %s is outside %s", s->path, text, range_text(&rd->h->arena, s));
		return;
	}
	v->num = d;
	v->present = true;
}

static void read_bool(struct plinth_reader *rd, const struct slot *s, struct value *v, const yaml_event_t *ev)
{
	static const char *const yes[] = { "true", "True", "TRUE", NULL };
	static const char *const no[] = { "false", "False", "FALSE", NULL };
	static const char *const yaml11[] = { "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON",
	                                      "off", "Off", "OFF", "y", "Y", "n", "N", NULL };
	const char *text = scalar(ev);
	if (typed(ev, "bool") && (one_of(text, yes) || one_of(text, no))) {
		v->b = one_of(text, yes);
		v->present = true;
	} else if (is_plain(ev) && one_of(text, yaml11))
		FAIL(rd, &ev->start_mark, "%s: '%s' is not a boolean here; write true or false", s->path, text);
	else
		FAIL(rd, &ev->start_mark, "%s: expected true or false, got %s", s->path, as_written(&rd->h->arena, ev));
}

static int member_index(const struct slot *s, const yaml_event_t *ev)
{
	return names_find(&s->member_names, scalar(ev), ev->data.scalar.length);
}

static const char *members_text(struct arena *a, const struct slot *s)
{
	const char *t = "";
	for (int i = 0; i < s->nmembers; i++)
		t = arena_printf(a, "%s%s%s", t, i ? ", " : "", s->members[i]);
	return t;
}

/* The value is none of the members: list them, and name the near one. */
static void not_member(struct plinth_reader *rd, const yaml_event_t *ev, const struct slot *s)
{
	FAIL(rd, &ev->start_mark, "%s: '%s' is not one of %s%s", s->path, scalar(ev), members_text(&rd->h->arena, s),
	     did_you_mean(&rd->h->arena, scalar(ev), s->members, s->nmembers));
}

static void read_scalar(struct plinth_reader *rd, const struct slot *s, struct value *v, const yaml_event_t *ev)
{
	switch (s->type) {
	case SL_INT: case SL_NUMBER:
		read_number(rd, s, v, ev);
		return;
	case SL_BOOL:
		read_bool(rd, s, v, ev);
		return;
	case SL_TEXT:
		v->len = ev->data.scalar.length;
		v->text = arena_strndup(&rd->h->arena, scalar(ev), v->len);
		v->present = true;
		return;
	case SL_ENUM:
		v->member = member_index(s, ev);
		if (v->member >= 0)
			v->present = true;
		else
			not_member(rd, ev, s);
		return;
	case SL_SET:
		FAIL(rd, &ev->start_mark, "%s: expected a list of %s, got '%s'", s->path,
		     members_text(&rd->h->arena, s), scalar(ev));
		return;
	}
}

/* ---- structure ---------------------------------------------------- */

/* What a node that is not a scalar is, for messages. */
static const char *node_kind(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_MAPPING_START_EVENT: return "a mapping";
	case YAML_SEQUENCE_START_EVENT: return "a list";
	case YAML_ALIAS_EVENT: return "an alias";
	case YAML_NO_EVENT: case YAML_STREAM_START_EVENT: case YAML_STREAM_END_EVENT: case YAML_DOCUMENT_START_EVENT:
	case YAML_DOCUMENT_END_EVENT: case YAML_SCALAR_EVENT: case YAML_SEQUENCE_END_EVENT: case YAML_MAPPING_END_EVENT:
		break; /* no node starts here, or a scalar, which callers show themselves */
	}
	return "an alias";
}

/* An open mapping or list inside a node being skipped. */
struct open_node {
	int scope;       /* a mapping's, for its keys; -1: a list */
	bool at_key;     /* a mapping: its next node is a key */
	const char *key; /* a mapping: the key of its current entry */
	long items;      /* a list: its items so far */
};

/* Where a skipped node is: its mapping's path, and its key there (NULL
 * for the node at path itself).  Joined only for a message. */
struct place {
	const char *path, *key;
};

/* A key as a message names it: an empty one is "", not nothing. */
static const char *key_name(const char *key)
{
	return *key ? key : "\"\"";
}

/* The path of the innermost key or item of a skipped node, for a
 * message. */
static const char *open_path(struct arena *a, struct place at, const struct open_node *open, int n)
{
	const char *path = !at.key ? at.path : arena_printf(a, "%s%s%s", at.path, *at.path ? "." : "", key_name(at.key));
	for (int i = 0; i < n; i++)
		path = open[i].scope < 0 ? arena_printf(a, "%s[%ld]", path, open[i].items - 1)
		                         : arena_printf(a, "%s%s%s", path, *path ? "." : "", key_name(open[i].key));
	return path;
}

/* ev starts a node inside open[n - 1]: an item of a list, or a key or
 * a value of a mapping.  A key must be a name, and new in its mapping. */
static bool node_starts(struct plinth_reader *rd, const yaml_event_t *ev, struct place at,
                        struct open_node *open, int n)
{
	struct open_node *o = &open[n - 1];
	if (o->scope < 0) {
		o->items++;
		return true;
	}
	o->at_key = !o->at_key;
	if (!o->at_key) /* it was a value */
		return true;
	if (ev->type != YAML_SCALAR_EVENT) {
		FAIL(rd, &ev->start_mark, "%s: keys must be plain names, not %s", open_path(&rd->h->arena, at, open, n - 1),
		     node_kind(ev));
		o->key = "?";
		return true;
	}
	struct arena *a = &rd->h->arena;
	o->key = arena_strndup(a, scalar(ev), ev->data.scalar.length);
	int line = (int)(rd->line0 + (long)ev->start_mark.line);
	int first = keys_once(&rd->keys, a, o->scope, o->key, ev->data.scalar.length, line);
	if (first < 0)
		FAIL(rd, &ev->start_mark, "more than %d keys in one record", KEYS_MAX);
	else if (first)
		FAIL(rd, &ev->start_mark, "%s: given twice (first at line %d)", open_path(a, at, open, n), first);
	return first >= 0;
}

/* Skips the node that starts with ev (already read), at its place (for
 * messages), still checking that no key in it is given twice: an
 * undeclared part of a record that says two things is as ambiguous as
 * a declared one. */
static bool skip_node(struct plinth_reader *rd, yaml_event_t *ev, int depth, struct place at)
{
	struct open_node open[MAX_DEPTH + 1];
	int n = 0;
	bool ok = true;
	for (;;) {
		bool starts = ev->type == YAML_SCALAR_EVENT || ev->type == YAML_ALIAS_EVENT ||
		              ev->type == YAML_MAPPING_START_EVENT || ev->type == YAML_SEQUENCE_START_EVENT;
		if (starts && n > 0 && !node_starts(rd, ev, at, open, n))
			ok = false;
		switch (ev->type) {
		case YAML_MAPPING_START_EVENT: case YAML_SEQUENCE_START_EVENT:
			if (!ok)
				break;
			if (depth + n + 1 > MAX_DEPTH) {
				FAIL(rd, &ev->start_mark, "nesting deeper than %d levels", MAX_DEPTH);
				ok = false;
				break;
			}
			open[n++] = ev->type == YAML_MAPPING_START_EVENT
			            ? (struct open_node){ .scope = keys_new_scope(&rd->keys), .at_key = false }
			            : (struct open_node){ .scope = -1 };
			break;
		case YAML_MAPPING_END_EVENT: case YAML_SEQUENCE_END_EVENT:
			n--;
			break;
		case YAML_ALIAS_EVENT:
			FAIL(rd, &ev->start_mark, "aliases (*%s) are not allowed in records", ev->data.alias.anchor);
			break;
		case YAML_SCALAR_EVENT:
			break; /* a leaf: nothing opens */
		case YAML_NO_EVENT: case YAML_STREAM_START_EVENT: case YAML_STREAM_END_EVENT:
		case YAML_DOCUMENT_START_EVENT: case YAML_DOCUMENT_END_EVENT:
			break; /* never inside a node */
		}
		yaml_event_delete(ev);
		if (n == 0 || !ok)
			return ok;
		if (!next_event(rd, ev))
			return false;
	}
}

/* Reads a list of names after its SEQUENCE_START; calls add for each. */
static bool read_list(struct plinth_reader *rd, const char *what, int depth,
                      void (*add)(struct plinth_reader *, const yaml_event_t *, void *), void *arg)
{
	yaml_event_t ev;
	for (;;) {
		if (!next_event(rd, &ev))
			return false;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return true;
		}
		if (ev.type != YAML_SCALAR_EVENT) {
			FAIL(rd, &ev.start_mark, "%s: expected a name in the list, got %s", what, node_kind(&ev));
			if (!skip_node(rd, &ev, depth, (struct place){ what, NULL }))
				return false;
			continue;
		}
		if (has_nul(&ev))
			FAIL(rd, &ev.start_mark, "%s: a name with a NUL character (U+0000) in it", what);
		else
			add(rd, &ev, arg);
		yaml_event_delete(&ev);
	}
}

struct set_arg {
	const struct slot *s;
	struct value *v;
};

static void add_member(struct plinth_reader *rd, const yaml_event_t *ev, void *arg)
{
	struct set_arg *sa = arg;
	int m = member_index(sa->s, ev);
	if (m < 0)
		not_member(rd, ev, sa->s);
	else
		sa->v->mask |= 1ull << m;
}

static void add_done(struct plinth_reader *rd, const yaml_event_t *ev, void *arg)
{
	(void)arg;
	const struct plinth_protocol *p = rd->p;
	int i = names_find(&p->steps_by_name, scalar(ev), ev->data.scalar.length);
	if (i >= 0)
		rd->h->rec.done[i] = true;
	else
		FAIL(rd, &ev->start_mark, "done: '%s' is not a step of this protocol%s", scalar(ev),
		     did_you_mean(&rd->h->arena, scalar(ev), p->step_names, p->nsteps));
}

/* The value of a declared field; ev is its first event. */
static bool read_field(struct plinth_reader *rd, int slot, yaml_event_t *ev, int depth)
{
	const struct slot *s = &rd->p->slots[slot];
	struct value *v = &rd->h->rec.values[slot];
	v->seen = true;
	v->line = (int)(rd->line0 + (long)ev->start_mark.line);
	v->column = (int)ev->start_mark.column + 1;
	if (ev->type == YAML_SCALAR_EVENT) {
		if (ev->data.scalar.length > MAX_SCALAR)
			FAIL(rd, &ev->start_mark, "%s: value longer than %d bytes", s->path, MAX_SCALAR);
		else if (has_nul(ev))
			FAIL(rd, &ev->start_mark, "%s: a value with a NUL character (U+0000) in it", s->path);
		else if (!is_null(ev))
			read_scalar(rd, s, v, ev);
		if (v->present && slot == rd->p->id_slot && !v->text) /* named as written: 007, not 7 */
			v->text = arena_strndup(&rd->h->arena, scalar(ev), ev->data.scalar.length);
		yaml_event_delete(ev);
		return true;
	}
	if (ev->type == YAML_SEQUENCE_START_EVENT && s->type == SL_SET) {
		yaml_event_delete(ev);
		struct set_arg sa = { s, v };
		v->present = read_list(rd, s->path, depth + 1, add_member, &sa);
		return v->present;
	}
	FAIL(rd, &ev->start_mark, "%s: expected %s, got %s", s->path,
	     s->type == SL_SET ? "a list" : "a single value", node_kind(ev));
	return skip_node(rd, ev, depth, (struct place){ s->path, NULL });
}

static bool read_done(struct plinth_reader *rd, yaml_event_t *ev, int depth)
{
	if (ev->type == YAML_SCALAR_EVENT && is_null(ev)) {
		yaml_event_delete(ev);
		return true;
	}
	if (ev->type != YAML_SEQUENCE_START_EVENT) {
		FAIL(rd, &ev->start_mark, "done: expected a list of step names");
		return skip_node(rd, ev, depth, (struct place){ "done", NULL });
	}
	yaml_event_delete(ev);
	return read_list(rd, "done", depth + 1, add_done, NULL);
}

static int trie_child(const struct plinth_protocol *p, int node, const char *key, size_t len)
{
	const struct trie_node *t = &p->trie[node];
	int i = names_find(&t->keys, key, len);
	return i < 0 ? -1 : p->edges[t->first + i].child;
}

static bool read_mapping(struct plinth_reader *rd, int node, int depth);

/* The key is new in its mapping (the trie node's); else the record is
 * in error, naming both places. */
static bool key_once(struct plinth_reader *rd, int node, int child, bool is_done, const yaml_event_t *key)
{
	const char *name = scalar(key);
	size_t len = key->data.scalar.length;
	int line = (int)(rd->line0 + (long)key->start_mark.line);
	if (is_done) /* a third of all records: marked like a node of its own, past the trie's */
		child = rd->p->ntrie;
	int first = child >= 0 ? keys_node_once(&rd->keys, child, line)
	                       : keys_once(&rd->keys, &rd->h->arena, node, name, len, line);
	if (!first)
		return true;
	const char *path = rd->p->trie[node].path;
	if (first < 0)
		FAIL(rd, &key->start_mark, "more than %d keys in one record", KEYS_MAX);
	else
		FAIL(rd, &key->start_mark, "%s%s%s: given twice (first at line %d)", path, *path ? "." : "", key_name(name),
		     first);
	return false;
}

/* One key (already read into key) and its value. */
static bool read_entry(struct plinth_reader *rd, int node, int depth, yaml_event_t *key)
{
	const struct plinth_protocol *p = rd->p;
	const char *name = scalar(key);
	size_t len = key->data.scalar.length;
	int child = trie_child(p, node, name, len);
	bool is_done = child < 0 && node == 0 && len == 4 && !memcmp(name, "done", 4); /* never a field's name */
	bool once = key_once(rd, node, child, is_done, key);
	const char *path = p->trie[node].path;
	if (child < 0 && !is_done && (rd->flags & PLINTH_STRICT))
		FAIL(rd, &key->start_mark, "undeclared key '%s%s%s'", path, *path ? "." : "", name);
	yaml_event_t ev;
	if (!next_event(rd, &ev)) {
		yaml_event_delete(key);
		return false;
	}
	if (!once || (child < 0 && !is_done)) {
		bool ok = skip_node(rd, &ev, depth, (struct place){ path, name });
		yaml_event_delete(key);
		return ok;
	}
	yaml_event_delete(key);
	if (is_done)
		return read_done(rd, &ev, depth);
	if (p->trie[child].slot >= 0)
		return read_field(rd, p->trie[child].slot, &ev, depth);
	if (ev.type == YAML_MAPPING_START_EVENT) {
		yaml_event_delete(&ev);
		return read_mapping(rd, child, depth + 1);
	}
	if (!(ev.type == YAML_SCALAR_EVENT && is_null(&ev)))
		FAIL(rd, &ev.start_mark, "%s: expected a mapping of fields, got %s", p->trie[child].path,
		     ev.type == YAML_SCALAR_EVENT ? arena_printf(&rd->h->arena, "'%s'", scalar(&ev)) : node_kind(&ev));
	return skip_node(rd, &ev, depth, (struct place){ p->trie[child].path, NULL });
}

/* The entries of a mapping whose MAPPING_START was read. */
static bool read_mapping(struct plinth_reader *rd, int node, int depth)
{
	if (depth > MAX_DEPTH) {
		FAIL(rd, &rd->parser.mark, "nesting deeper than %d levels", MAX_DEPTH);
		return false;
	}
	yaml_event_t key;
	for (int keys = 0;; keys++) {
		if (!next_event(rd, &key))
			return false;
		if (key.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&key);
			return true;
		}
		if (keys == MAX_KEYS) {
			FAIL(rd, &key.start_mark, "more than %d keys in one mapping", MAX_KEYS);
			yaml_event_delete(&key);
			return false;
		}
		if (key.type != YAML_SCALAR_EVENT) {
			FAIL(rd, &key.start_mark, "keys must be plain names, not %s", node_kind(&key));
			if (!skip_node(rd, &key, depth, (struct place){ rd->p->trie[node].path, NULL }))
				return false;
			yaml_event_t val;
			if (!next_event(rd, &val) || !skip_node(rd, &val, depth, (struct place){ rd->p->trie[node].path, "?" }))
				return false;
			continue;
		}
		if (!read_entry(rd, node, depth, &key))
			return false;
	}
}

/* ---- documents ---------------------------------------------------- */

void check_required(struct plinth_reader *rd, const yaml_mark_t *doc)
{
	const struct plinth_protocol *p = rd->p;
	for (int k = 0; k < p->nrequired; k++) {
		int i = p->required[k];
		const struct value *v = &rd->h->rec.values[i];
		if (v->present)
			continue;
		if (v->seen) {
			yaml_mark_t m = { .line = (size_t)(v->line - rd->line0), .column = (size_t)(v->column - 1) };
			FAIL(rd, &m, "%s: required, but empty", p->slots[i].path);
		} else
			FAIL(rd, doc, "%s: required, but missing", p->slots[i].path);
	}
}

const char *id_text(struct plinth_reader *rd)
{
	const struct plinth_protocol *p = rd->p;
	if (p->id_slot < 0 || !rd->h->rec.values[p->id_slot].present)
		return NULL;
	const struct value *v = &rd->h->rec.values[p->id_slot];
	return v->text; /* as written: 0012 is not 12, nor 1234567890123457 1.23456789012346e+15 */
}

void read_root(struct plinth_reader *rd)
{
	yaml_event_t ev;
	keys_start(&rd->keys, rd->p->ntrie);
	if (!next_event(rd, &ev))
		return;
	if (ev.type == YAML_MAPPING_START_EVENT) {
		yaml_event_delete(&ev);
		read_mapping(rd, 0, 1);
		return;
	}
	if (ev.type == YAML_SCALAR_EVENT && is_null(&ev)) {
		yaml_mark_t start = { .line = (size_t)(rd->h->result.line - rd->line0) };
		FAIL(rd, &start, "empty document: a record is a mapping of fields");
	}
	else
		FAIL(rd, &ev.start_mark, "a record must be a mapping of fields, not %s",
		     ev.type == YAML_SCALAR_EVENT ? "a single value" : node_kind(&ev));
	skip_node(rd, &ev, 0, (struct place){ "", NULL });
}

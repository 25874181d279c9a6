#include "testfile.h"

#include <stdlib.h>
#include <string.h>

#include "../base/suggest.h"

static const char *place(struct test_file *t, const struct ynode *n, const char *msg)
{
	return arena_printf(&t->arena, "%s:%d:%d: %s", t->path, n->line, n->column, msg);
}

/* The protocol's path is relative to the test file. */
static const char *beside(struct test_file *t, const char *name)
{
	const char *slash = strrchr(t->path, '/');
	if (name[0] == '/' || !slash)
		return name;
	return arena_printf(&t->arena, "%.*s/%s", (int)(slash - t->path), t->path, name);
}

/* A key given twice says two things (two plans, two records): neither
 * can be what the case expects.  The record itself is the runtime's to
 * judge, with the message a user gets from `plan`. */
static bool keys_once(struct test_file *t, const struct ynode *map, const char **error)
{
	int first;
	const struct ynode *k = ymap_repeated(&t->arena, map, &first);
	if (k)
		*error = place(t, k, arena_printf(&t->arena, "%s: given twice (first at line %d)", k->text, first));
	return !k;
}

static bool only_keys(struct test_file *t, const struct ynode *map, const char *const *keys, const char **error)
{
	if (!keys_once(t, map, error))
		return false;
	int nkeys = 0;
	while (keys[nkeys])
		nkeys++;
	for (int i = 0; i < map->n; i += 2) {
		const struct ynode *k = map->items[i];
		bool known = false;
		for (int j = 0; keys[j] && !known; j++)
			known = k->kind == Y_SCALAR && !strcmp(k->text, keys[j]);
		if (!known) {
			*error = place(t, k, arena_printf(&t->arena, "unknown key '%s'%s", k->kind == Y_SCALAR ? k->text : "?",
			               k->kind == Y_SCALAR ? did_you_mean(&t->arena, k->text, keys, nkeys) : ""));
			return false;
		}
	}
	return true;
}

static void load_case(struct test_file *t, const struct ynode *n, struct test_case *c)
{
	const char *keys[2 + NSTATUSES + 1] = { "name", "record" };
	for (int k = 0; k < NSTATUSES; k++)
		keys[2 + k] = status_sections[listed_statuses[k]];
	c->line = n->line;
	c->name = arena_printf(&t->arena, "case at line %d", n->line);
	if (n->kind != Y_MAP) {
		c->error = place(t, n, "a case is a mapping with name, record and expectations");
		return;
	}
	const struct ynode *name = ymap_get(n, "name");
	if (name && name->kind == Y_SCALAR)
		c->name = name->text;
	if (!only_keys(t, n, keys, &c->error))
		return;
	c->record = ymap_get(n, "record");
	for (int s = 0; s < NSTATUSES; s++)
		c->expect[s] = ymap_get(n, status_sections[s]);
	if (!name || name->kind != Y_SCALAR)
		c->error = place(t, n, "the case has no name");
	else if (!c->record || c->record->kind != Y_MAP)
		c->error = place(t, c->record ? c->record : n, "the case needs a record: a mapping of fields");
}

static void load_cases(struct test_file *t, const struct ynode *root)
{
	static const char *const keys[] = { "protocol", "cases", NULL };
	const struct ynode *proto = ymap_get(root, "protocol"), *cases = ymap_get(root, "cases");
	if (root->kind != Y_MAP)
		t->error = place(t, root, "a test file is a mapping with 'protocol' and 'cases'");
	else if (!only_keys(t, root, keys, &t->error))
		return;
	else if (!proto || proto->kind != Y_SCALAR)
		t->error = place(t, proto ? proto : root, "'protocol' must name the protocol file");
	else if (!cases || cases->kind != Y_LIST)
		t->error = place(t, cases ? cases : root, "'cases' must be a list of cases");
	if (t->error)
		return;
	t->protocol_path = beside(t, proto->text);
	t->ncases = cases->n;
	t->cases = arena_alloc(&t->arena, sizeof *t->cases * (size_t)(cases->n + 1));
	for (int i = 0; i < cases->n; i++)
		load_case(t, cases->items[i], &t->cases[i]);
}

bool test_file_load(struct test_file *t, const char *path)
{
	memset(t, 0, sizeof *t);
	arena_init(&t->arena);
	t->path = path;
	t->src = read_file(path, &t->len);
	if (!t->src)
		return false;
	const char *error;
	int line, column;
	struct ynode *root = yaml_tree(&t->arena, t->src, t->len, &error, &line, &column);
	if (!root) {
		t->error = arena_printf(&t->arena, "%s:%d:%d: invalid YAML: %s", path, line, column, error);
		return true;
	}
	load_cases(t, root);
	return true;
}

/* ---- names against the protocol ------------------------------------ */

static const char *step_problem(struct test_file *t, const plinth_protocol *p, const struct ynode *n,
                                const char *where)
{
	int count = plinth_protocol_steps(p);
	const char **names = arena_alloc(&t->arena, sizeof *names * (size_t)(count + 1));
	for (int i = 0; i < count; i++) {
		names[i] = plinth_protocol_step(p, i);
		if (n->kind == Y_SCALAR && !strcmp(names[i], n->text))
			return NULL;
	}
	if (n->kind != Y_SCALAR)
		return place(t, n, arena_printf(&t->arena, "%s: expected a step name", where));
	return place(t, n, arena_printf(&t->arena, "%s: no step '%s' in the protocol%s", where, n->text,
	                                did_you_mean(&t->arena, n->text, names, count)));
}

static const char *check_steps(struct test_file *t, const plinth_protocol *p, const struct ynode *list,
                               const char *where)
{
	if (!list)
		return NULL;
	if (list->kind != Y_LIST)
		return place(t, list, arena_printf(&t->arena, "%s: expected a list of step names", where));
	for (int i = 0; i < list->n; i++) {
		const char *e = step_problem(t, p, list->items[i], where);
		if (e)
			return e;
	}
	return NULL;
}

static const char *check_kinds(struct test_file *t, const struct ynode *list)
{
	if (list->kind != Y_LIST)
		return place(t, list, arena_printf(&t->arena, "%s: expected a list of reason kinds",
		                                   status_sections[PLINTH_BLOCKED]));
	for (int i = 0; i < list->n; i++) {
		const struct ynode *k = list->items[i];
		bool known = false;
		for (int j = 0; j < NBLOCKING && k->kind == Y_SCALAR; j++)
			known |= !strcmp(k->text, blocking_names[j]);
		if (known)
			continue;
		char kinds[256];
		bool named = k->kind == Y_SCALAR;
		return place(t, k, arena_printf(&t->arena, "%s: '%s' is not a reason kind (%s)%s",
		             status_sections[PLINTH_BLOCKED], named ? k->text : "?",
		             word_list(kinds, sizeof kinds, blocking_names, NBLOCKING, ", ", ", "),
		             named ? did_you_mean(&t->arena, k->text, blocking_names, NBLOCKING) : ""));
	}
	return NULL;
}

static const char *check_blocked(struct test_file *t, const plinth_protocol *p, const struct ynode *map)
{
	if (!map)
		return NULL;
	if (map->kind != Y_MAP)
		return place(t, map, arena_printf(&t->arena, "%s: expected a mapping of step names to reason kinds",
		                                  status_sections[PLINTH_BLOCKED]));
	const char *e;
	if (!keys_once(t, map, &e))
		return e;
	for (int i = 0; i + 1 < map->n; i += 2) {
		const char *e = step_problem(t, p, map->items[i], status_sections[PLINTH_BLOCKED]);
		if (!e)
			e = check_kinds(t, map->items[i + 1]);
		if (e)
			return e;
	}
	return NULL;
}

/* The first problem with case c's list of steps of status s, or NULL. */
static const char *check_list(struct test_file *t, const plinth_protocol *p, const struct test_case *c,
                              enum plinth_status s)
{
	switch (s) {
	case PLINTH_BLOCKED: return check_blocked(t, p, c->expect[s]);
	case PLINTH_PLANNED: case PLINTH_SKIPPED: case PLINTH_DONE:
		return check_steps(t, p, c->expect[s], status_sections[s]);
	}
	return NULL;
}

void test_file_check_names(struct test_file *t, const plinth_protocol *p)
{
	for (int i = 0; i < t->ncases; i++) {
		struct test_case *c = &t->cases[i];
		for (int k = 0; k < NSTATUSES && !c->error; k++)
			c->error = check_list(t, p, c, listed_statuses[k]);
	}
}

void test_file_free(struct test_file *t)
{
	free(t->src);
	arena_free(&t->arena);
}

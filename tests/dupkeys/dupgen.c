/* dupgen: records with a key given twice, for tests/dupkeys/run.
 *
 *   dupgen IN.yaml EXPECT > MUTATED.yaml
 *
 * For each document of IN.yaml and each mapping key in it, at any depth, in
 * document order, writes one copy of the document in which that key/value
 * pair is given twice in a row (the copy right after the original pair).
 * All copies form one stream on stdout, each starting with `---`.  EXPECT
 * gets one line per copy:
 *
 *   ORIG<TAB>PATH: given twice (first at line L)
 *
 * ORIG is the 1-based index of the document in IN.yaml; PATH is the dotted
 * path of the key, list items as [i], 0-based (notes.b[0].x); L is the line,
 * in the whole output stream, of the first occurrence of that key in that
 * copy, found by parsing the output again, not from the input.
 *
 * Skipped, with a note on stderr: documents with anchors or aliases (a copy
 * of an anchor would be an anchor given twice, not a key), documents with a
 * key that is not a scalar, and everything from a YAML syntax error on (the
 * documents before it are used).  Exit 0, or 2 on usage or I/O failure.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* The events of one document, DOCUMENT-START to DOCUMENT-END; owned. */
struct doc {
	yaml_event_t *ev;
	size_t n, cap;
};

struct docs {
	struct doc *d;
	size_t n, cap;
};

/* One mutated copy: where it came from, the key's path, the line found. */
struct expect {
	int orig;
	char *path;
	int line;
};

static void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size);
	if (!p) {
		fputs("dupgen: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

#define PUSH(arr, n, cap) \
	((n) == (cap) ? ((cap) = (cap) ? 2 * (cap) : 16, \
	                 (arr) = xrealloc((arr), (cap) * sizeof *(arr))) : 0, \
	 &(arr)[(n)++])

static void free_docs(struct docs *ds)
{
	for (size_t i = 0; i < ds->n; i++) {
		for (size_t j = 0; j < ds->d[i].n; j++)
			yaml_event_delete(&ds->d[i].ev[j]);
		free(ds->d[i].ev);
	}
	free(ds->d);
}

/* Reads the whole stream into ds.  On a syntax error, says so and keeps
 * the complete documents read before it. */
static void read_docs(yaml_parser_t *p, const char *name, struct docs *ds)
{
	struct doc cur = {0};
	yaml_event_t e;

	for (;;) {
		if (!yaml_parser_parse(p, &e)) {
			fprintf(stderr, "dupgen: %s:%zu: %s %s; documents from %zu on skipped\n",
			        name, p->problem_mark.line + 1, p->context ? p->context : "",
			        p->problem ? p->problem : "syntax error", ds->n + 1);
			break;
		}
		if (e.type == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&e);
			break;
		}
		if (e.type == YAML_STREAM_START_EVENT) {
			yaml_event_delete(&e);
			continue;
		}
		*PUSH(cur.ev, cur.n, cur.cap) = e;
		if (e.type == YAML_DOCUMENT_END_EVENT) {
			*PUSH(ds->d, ds->n, ds->cap) = cur;
			memset(&cur, 0, sizeof cur);
		}
	}
	for (size_t j = 0; j < cur.n; j++)
		yaml_event_delete(&cur.ev[j]);
	free(cur.ev);
}

/* A growable string: the path of the node being walked. */
struct str {
	char *s;
	size_t len, cap;
};

static void str_cut(struct str *b, size_t len)
{
	b->len = len;
	b->s[len] = '\0';
}

static void str_add(struct str *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = 2 * (b->len + n + 1);
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	str_cut(b, b->len + n);
}

struct frame {
	int map, want_key; /* a mapping, and its next node is a key */
	long index;        /* a sequence's next item */
	size_t len;        /* length of the container's own path */
};

typedef void on_key_fn(void *ctx, const struct doc *d, size_t key, const char *path);

/* Calls on_key for each mapping key of d in document order, with the index
 * of its event and its path.  Returns 0, without calls, when d has an
 * anchor, an alias or a key that is not a scalar. */
static int walk(const struct doc *d, on_key_fn *on_key, void *ctx)
{
	struct frame *st = NULL;
	size_t depth = 0, cap = 0;
	struct str path = {0};
	int pass, ok = 1;

	str_add(&path, "", 0);
	/* pass 0 checks, pass 1 calls */
	for (pass = 0; pass < 2 && ok; pass++) {
		for (size_t i = 1; i + 1 < d->n; i++) {
			const yaml_event_t *e = &d->ev[i];
			struct frame *up = depth ? &st[depth - 1] : NULL;
			char num[32];

			if (e->type == YAML_SEQUENCE_END_EVENT || e->type == YAML_MAPPING_END_EVENT) {
				depth--;
				if (depth && st[depth - 1].map)
					st[depth - 1].want_key = 1;
				continue;
			}
			if (e->type == YAML_ALIAS_EVENT ||
			    (e->type == YAML_SCALAR_EVENT && e->data.scalar.anchor) ||
			    (e->type == YAML_SEQUENCE_START_EVENT && e->data.sequence_start.anchor) ||
			    (e->type == YAML_MAPPING_START_EVENT && e->data.mapping_start.anchor)) {
				ok = 0;
				break;
			}
			if (up && up->map && up->want_key) {
				if (e->type != YAML_SCALAR_EVENT) {
					ok = 0;
					break;
				}
				str_cut(&path, up->len);
				if (up->len)
					str_add(&path, ".", 1);
				str_add(&path, (const char *)e->data.scalar.value, e->data.scalar.length);
				up->want_key = 0;
				if (pass)
					on_key(ctx, d, i, path.s);
				continue;
			}
			if (up && !up->map) {
				str_cut(&path, up->len);
				snprintf(num, sizeof num, "[%ld]", up->index++);
				str_add(&path, num, strlen(num));
			}
			/* a value or an item: path is its own path now */
			if (e->type == YAML_SCALAR_EVENT) {
				if (up && up->map)
					up->want_key = 1;
				continue;
			}
			*PUSH(st, depth, cap) = (struct frame){
				.map = e->type == YAML_MAPPING_START_EVENT, .want_key = 1, .len = path.len};
		}
		depth = 0;
		str_cut(&path, 0);
	}
	free(st);
	free(path.s);
	return ok;
}

/* The index of the last event of the node starting at i. */
static size_t node_end(const struct doc *d, size_t i)
{
	long depth = 0;

	for (;; i++) {
		yaml_event_type_t t = d->ev[i].type;

		if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT)
			depth++;
		else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT)
			depth--;
		if (depth == 0)
			return i;
	}
}

/* Initializes *to as a copy of *from (the emitter takes what it is given).
 * Documents come out with `---` and without directives (tags are already
 * resolved to full URIs). */
static int copy_event(yaml_event_t *to, const yaml_event_t *from)
{
	switch (from->type) {
	case YAML_DOCUMENT_START_EVENT:
		return yaml_document_start_event_initialize(to, NULL, NULL, NULL, 0);
	case YAML_DOCUMENT_END_EVENT:
		return yaml_document_end_event_initialize(to, 1);
	case YAML_SCALAR_EVENT:
		return yaml_scalar_event_initialize(to, NULL, from->data.scalar.tag,
		        from->data.scalar.value, (int)from->data.scalar.length,
		        from->data.scalar.plain_implicit, from->data.scalar.quoted_implicit,
		        from->data.scalar.style);
	case YAML_SEQUENCE_START_EVENT:
		return yaml_sequence_start_event_initialize(to, NULL, from->data.sequence_start.tag,
		        from->data.sequence_start.implicit, from->data.sequence_start.style);
	case YAML_SEQUENCE_END_EVENT:
		return yaml_sequence_end_event_initialize(to);
	case YAML_MAPPING_START_EVENT:
		return yaml_mapping_start_event_initialize(to, NULL, from->data.mapping_start.tag,
		        from->data.mapping_start.implicit, from->data.mapping_start.style);
	case YAML_MAPPING_END_EVENT:
		return yaml_mapping_end_event_initialize(to);
	default: /* streams are emitted by main; aliases were skipped */
		return 0;
	}
}

struct gen {
	yaml_emitter_t em;
	int orig;
	struct expect *ex;
	size_t n, cap;
};

static void emit(struct gen *g, const yaml_event_t *from)
{
	yaml_event_t e;

	if (!copy_event(&e, from) || !yaml_emitter_emit(&g->em, &e)) {
		fprintf(stderr, "dupgen: cannot emit: %s\n", g->em.problem ? g->em.problem : "bad event");
		exit(2);
	}
}

/* on_key for generation: the document with key's pair given twice. */
static void mutate(void *ctx, const struct doc *d, size_t key, const char *path)
{
	struct gen *g = ctx;
	size_t end = node_end(d, key + 1);

	for (size_t i = 0; i <= end; i++)
		emit(g, &d->ev[i]);
	for (size_t i = key; i < d->n; i++)
		emit(g, &d->ev[i]);
	*PUSH(g->ex, g->n, g->cap) = (struct expect){g->orig, strdup(path), 0};
}

/* on_key for checking: the line of the first key with the expected path. */
static void find_first(void *ctx, const struct doc *d, size_t key, const char *path)
{
	struct expect *x = ctx;

	if (!x->line && strcmp(path, x->path) == 0)
		x->line = (int)d->ev[key].start_mark.line + 1;
}

static int write_out(void *ctx, unsigned char *buf, size_t size)
{
	struct str *out = ctx;

	str_add(out, (const char *)buf, size);
	return 1;
}

int main(int argc, char **argv)
{
	yaml_parser_t p;
	struct docs in = {0}, again = {0};
	struct gen g = {0};
	struct str out = {0};
	yaml_event_t e;
	FILE *f, *xf;
	int status = 0;

	if (argc != 3) {
		fputs("usage: dupgen IN.yaml EXPECT > MUTATED.yaml\n", stderr);
		return 2;
	}
	if (!(f = fopen(argv[1], "rb"))) {
		perror(argv[1]);
		return 2;
	}
	if (!(xf = fopen(argv[2], "w"))) {
		perror(argv[2]);
		fclose(f);
		return 2;
	}
	yaml_parser_initialize(&p);
	yaml_parser_set_input_file(&p, f);
	read_docs(&p, argv[1], &in);
	yaml_parser_delete(&p);
	fclose(f);

	yaml_emitter_initialize(&g.em);
	yaml_emitter_set_output(&g.em, write_out, &out);
	yaml_emitter_set_unicode(&g.em, 1);
	yaml_emitter_set_width(&g.em, -1);
	yaml_stream_start_event_initialize(&e, YAML_UTF8_ENCODING);
	if (!yaml_emitter_emit(&g.em, &e)) {
		fprintf(stderr, "dupgen: cannot emit: %s\n", g.em.problem);
		return 2;
	}
	for (size_t i = 0; i < in.n; i++) {
		g.orig = (int)i + 1;
		if (!walk(&in.d[i], mutate, &g))
			fprintf(stderr, "dupgen: %s: document %zu has an anchor, an alias or a "
			        "key that is not a scalar; skipped\n", argv[1], i + 1);
	}
	yaml_stream_end_event_initialize(&e);
	if (!yaml_emitter_emit(&g.em, &e) || !yaml_emitter_flush(&g.em)) {
		fprintf(stderr, "dupgen: cannot emit: %s\n", g.em.problem);
		return 2;
	}
	yaml_emitter_delete(&g.em);
	if (out.len)
		fwrite(out.s, 1, out.len, stdout);

	/* The lines, from the stream as written. */
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)(out.s ? out.s : ""), out.len);
	read_docs(&p, "output", &again);
	yaml_parser_delete(&p);
	if (again.n != g.n) {
		fprintf(stderr, "dupgen: wrote %zu documents, read back %zu\n", g.n, again.n);
		status = 2;
	}
	for (size_t i = 0; i < g.n; i++) {
		if (i < again.n)
			walk(&again.d[i], find_first, &g.ex[i]);
		if (!g.ex[i].line) {
			fprintf(stderr, "dupgen: copy %zu: %s not found again\n", i + 1, g.ex[i].path);
			status = 2;
		}
		fprintf(xf, "%d\t%s: given twice (first at line %d)\n", g.ex[i].orig, g.ex[i].path, g.ex[i].line);
		free(g.ex[i].path);
	}
	if (fclose(xf) != 0 || fflush(stdout) != 0)
		status = 2;
	free(g.ex);
	free(out.s);
	free_docs(&in);
	free_docs(&again);
	return status;
}

/* Embedding plinth: compile a protocol, then plan client records from a
 * file (or stdin) and print, per record, its id and its planned steps.
 *
 *   cc embed.c $(pkg-config --cflags --libs plinth) -o embed
 *   ./embed protocols/iliopsoas.plinth examples/clients.yaml
 */
#include <plinth.h>
#include <stdio.h>
#include <stdlib.h>

/* The whole of the regular file at path, malloc'd; NULL on failure. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	long n = f && !fseek(f, 0, SEEK_END) ? ftell(f) : -1;
	char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (buf && (fseek(f, 0, SEEK_SET) || fread(buf, 1, (size_t)n, f) != (size_t)n))
		free(buf), buf = NULL;
	if (f)
		fclose(f);
	*len = (size_t)n;
	return buf;
}

int main(int argc, char **argv)
{
	size_t len;
	char *src = argc == 2 || argc == 3 ? slurp(argv[1], &len) : NULL;
	FILE *in = argc == 3 ? fopen(argv[2], "rb") : stdin;
	if (!src || !in)
		return free(src), fputs("usage: embed PROTOCOL [RECORDS] (readable files)\n", stderr), 2;
	plinth_diagnostics *diags;
	plinth_protocol *p = plinth_compile(argv[1], src, len, &diags);
	free(src);                               /* plinth keeps its own copy */
	plinth_diagnostics_print(stderr, diags); /* errors, warnings: maybe none */
	plinth_diagnostics_free(diags);
	if (!p)
		return 2;
	plinth_reader *r = plinth_reader_open(p, in, argc == 3 ? argv[2] : "<stdin>", 0, 1);
	const struct plinth_result *res;         /* valid until the next call */
	int status = 0;
	while ((res = plinth_reader_next(r))) {
		printf("%ld %s:", res->record, res->id ? res->id : "-");
		if (res->error && (status = 1))
			printf(" error: %s:%d:%d: %s", res->file, res->error_line,
			       res->error_column, res->error);
		for (int i = 0; i < res->ndecisions; i++) /* in plan order */
			if (res->decisions[i].status == PLINTH_PLANNED)
				printf(" %s", res->decisions[i].step);
		putchar('\n');
	}
	if (plinth_reader_io_error(r))
		status = 2;
	plinth_reader_close(r);                  /* then the FILE, the protocol */
	if (in != stdin)
		fclose(in);
	plinth_protocol_free(p);
	return status;
}

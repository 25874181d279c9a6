/* A host with functions of its own named as plinth's internal ones
 * are: linked statically with libplinth.a, each side must keep its own.
 *
 *   collide_host PROTOCOL */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "include/plinth.h"

/* The host's own, with other signatures than plinth's. */
int evaluate(int x) { return x * 2; }
void *xmalloc(size_t n) { (void)n; return NULL; }
int split_init(void) { return 7; }
const char *write_json(void) { return "host"; }
int arena_alloc = 3;

int main(int argc, char **argv)
{
	if (argc != 2)
		return 2;
	const char *src = "protocol p \"P\" { record { pain: int in 0..10 } stage s \"S\" { step a \"A\" { requires pain < 5 } } }\n";
	plinth_diagnostics *d;
	plinth_protocol *p = plinth_compile(argv[1], src, strlen(src), &d);
	plinth_diagnostics_free(d);
	if (!p || evaluate(2) != 4 || xmalloc(1) || split_init() != 7 || strcmp(write_json(), "host") ||
	    arena_alloc != 3) {
		puts("FAIL the host's functions or plinth's were not their own");
		return 1;
	}
	plinth_reader *rd = plinth_reader_open(p, NULL, "r.yaml", 0, 1);
	const struct plinth_result *r = plinth_reader_eval(rd, "pain: 3\n", 8, 1);
	int ok = r && !r->error && r->ndecisions == 1 && r->decisions[0].status == PLINTH_PLANNED;
	plinth_reader_close(rd);
	plinth_protocol_free(p);
	if (!ok)
		puts("FAIL the record was not planned");
	return !ok;
}

/* A host that reads its file's first line with fgets, then hands the
 * FILE over: plinth must read on from where stdio left it, every record
 * after that line, and none before.  The first line is broken YAML, so
 * reading it again would show as an invalid record; reading the
 * descriptor under stdio would show as records missing.
 *
 *   fgets_host PROTOCOL RECORDS N: expects records G-1 .. G-N */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "include/plinth.h"

static plinth_protocol *compile(const char *path)
{
	static char src[1 << 16];
	FILE *f = fopen(path, "rb");
	size_t len = f ? fread(src, 1, sizeof src, f) : 0;
	if (f)
		fclose(f);
	plinth_diagnostics *d;
	plinth_protocol *p = plinth_compile(path, src, len, &d);
	plinth_diagnostics_free(d);
	return p;
}

/* The records of `in` after its first line, through a reader. */
static int read_records(const plinth_protocol *p, FILE *in, long n)
{
	char line[256];
	if (!fgets(line, sizeof line, in))
		return 1;
	plinth_reader *rd = plinth_reader_open(p, in, "records.yaml", 0, 1);
	const struct plinth_result *r;
	long got = 0;
	int bad = 0;
	while ((r = plinth_reader_next(rd))) {
		char want[32];
		snprintf(want, sizeof want, "G-%ld", ++got);
		if (r->error || !r->id || strcmp(r->id, want)) {
			printf("FAIL reader: record %ld is %s (%s), not %s\n", got, r->id ? r->id : "unnamed",
			       r->error ? r->error : "valid", want);
			bad = 1;
		}
	}
	plinth_reader_close(rd);
	if (got != n) {
		printf("FAIL reader: %ld records after the line fgets read, not %ld\n", got, n);
		bad = 1;
	}
	return bad;
}

/* The same through plinth_plan_stream: n results, none invalid. */
static int plan_records(const plinth_protocol *p, FILE *in, long n)
{
	char line[256];
	if (!fgets(line, sizeof line, in))
		return 1;
	struct plinth_output o = { .format = PLINTH_JSON, .protocol_file = "p.plinth" };
	struct plinth_stream_summary sum = { 0 };
	FILE *out = fopen("/dev/null", "w");
	plinth_plan_stream(p, in, "records.yaml", 0, 1, &o, out, 1, &sum);
	fclose(out);
	if (sum.records != n || sum.invalid) {
		printf("FAIL plan_stream: %ld records%s after the line fgets read, not %ld valid\n", sum.records,
		       sum.invalid ? ", some invalid," : "", n);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 4)
		return 2;
	plinth_protocol *p = compile(argv[1]);
	if (!p)
		return 2;
	long n = atol(argv[3]);
	int bad = 0;
	for (int how = 0; how < 2; how++) {
		FILE *in = fopen(argv[2], "rb");
		if (!in)
			return 2;
		bad |= how ? plan_records(p, in, n) : read_records(p, in, n);
		fclose(in);
	}
	plinth_protocol_free(p);
	return bad;
}

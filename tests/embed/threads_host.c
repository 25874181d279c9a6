/* Four threads, each with its own reader and writer over the same
 * protocol, write every record in every format; then plinth plans the
 * stream on four jobs.  Each thread's output must equal the first's,
 * and under valgrind nothing may be lost: plinth keeps no state per
 * thread behind the caller's back.
 *
 *   threads_host PROTOCOL RECORDS */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "include/plinth.h"

enum { THREADS = 4 };

struct job {
	const plinth_protocol *p;
	const char *records;
	char *out;
	size_t len;
};

static void *run(void *arg)
{
	struct job *j = arg;
	FILE *out = open_memstream(&j->out, &j->len);
	for (int f = PLINTH_TEXT; f <= PLINTH_TSV; f++) {
		struct plinth_output o = { .format = (enum plinth_format)f, .protocol_file = "p.plinth" };
		FILE *in = fopen(j->records, "rb");
		plinth_reader *rd = plinth_reader_open(j->p, in, "records.yaml", 0, 1);
		plinth_writer *w = plinth_writer_new(j->p, &o);
		const struct plinth_result *r;
		while ((r = plinth_reader_next(rd))) {
			plinth_writer_write(w, out, r, NULL);
			plinth_write_result(out, &o, r); /* a writer made and freed for one result */
		}
		plinth_writer_free(w);
		plinth_reader_close(rd);
		fclose(in);
	}
	fclose(out);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc != 3)
		return 2;
	static char src[1 << 16];
	FILE *f = fopen(argv[1], "rb");
	size_t len = f ? fread(src, 1, sizeof src, f) : 0;
	if (f)
		fclose(f);
	plinth_diagnostics *d;
	plinth_protocol *p = plinth_compile(argv[1], src, len, &d);
	plinth_diagnostics_free(d);
	if (!p)
		return 2;
	struct job jobs[THREADS];
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++) {
		jobs[i] = (struct job){ .p = p, .records = argv[2] };
		if (pthread_create(&t[i], NULL, run, &jobs[i]))
			return 2;
	}
	int bad = 0;
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < THREADS; i++) {
		if (jobs[i].len == 0 || jobs[i].len != jobs[0].len || memcmp(jobs[i].out, jobs[0].out, jobs[0].len)) {
			printf("FAIL thread %d wrote other output than thread 0 (%zu bytes, %zu)\n", i, jobs[i].len,
			       jobs[0].len);
			bad = 1;
		}
	}
	for (int i = 0; i < THREADS; i++)
		free(jobs[i].out);
	struct plinth_output o = { .format = PLINTH_JSON, .protocol_file = "p.plinth" };
	struct plinth_stream_summary sum = { 0 };
	FILE *in = fopen(argv[2], "rb"), *out = fopen("/dev/null", "w");
	plinth_plan_stream(p, in, "records.yaml", 0, 1, &o, out, THREADS, &sum);
	fclose(in);
	fclose(out);
	if (sum.records == 0) {
		printf("FAIL plan_stream on %d jobs planned no records\n", THREADS);
		bad = 1;
	}
	plinth_protocol_free(p);
	return bad;
}

/* What the harnesses that plan records share: the input as a stream,
 * and the check that planning a whole stream (with threads or not)
 * writes the same bytes as the results written one by one. */
#ifndef PLINTH_FUZZ_STREAM_H
#define PLINTH_FUZZ_STREAM_H

#include <string.h>

#include "fuzz.h"
#include "include/plinth.h"

/* data as a stream; fmemopen does not take a zero size everywhere, so
 * an empty input is a buffer of one byte, read as none. */
static inline FILE *fuzz_input(const uint8_t *data, size_t size)
{
	static const char none[1];
	FILE *in = size ? fmemopen((void *)data, size, "r") : fmemopen((void *)none, 1, "r");
	FUZZ_CHECK(in != NULL, "fmemopen");
	if (!size)
		fgetc(in);
	return in;
}

/* plinth_plan_stream over data with jobs threads, as JSON, must write
 * want (the results one by one) and count as many records. */
static inline void fuzz_check_stream(const plinth_protocol *p, const uint8_t *data, size_t size, int jobs,
                                     const char *want, size_t want_len, long results)
{
	char *got = NULL;
	size_t got_len = 0;
	FILE *in = fuzz_input(data, size), *out = open_memstream(&got, &got_len);
	FUZZ_CHECK(out != NULL, "open_memstream");
	struct plinth_output o = { .format = PLINTH_JSON, .protocol_file = "fuzz.plinth" };
	struct plinth_stream_summary sum = { 0 };
	plinth_plan_stream(p, in, "fuzz.yaml", 0, 1, &o, out, jobs, &sum);
	fclose(out);
	fclose(in);
	FUZZ_CHECK(sum.records == results, "jobs %d: %ld records, %ld one by one", jobs, sum.records, results);
	FUZZ_CHECK(got_len == want_len && !memcmp(got, want, want_len),
	           "jobs %d: output differs from the results one by one:\n%s---\n%s", jobs, got, want);
	free(got);
}

#endif

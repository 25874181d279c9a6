/* What the fuzz harnesses share: a check that aborts with a message
 * (so libFuzzer and replay both report it), and a sink for output.
 * Each harness uses include/plinth.h and nothing else of plinth. */
#ifndef PLINTH_FUZZ_H
#define PLINTH_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond, ...)                                              \
	do {                                                                   \
		if (!(cond)) {                                                     \
			fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
			fprintf(stderr, __VA_ARGS__);                                  \
			fputc('\n', stderr);                                           \
			abort();                                                       \
		}                                                                  \
	} while (0)

/* /dev/null, opened once: output is written, to be exercised, then lost. */
static inline FILE *fuzz_sink(void)
{
	static FILE *null;
	if (!null)
		null = fopen("/dev/null", "w");
	FUZZ_CHECK(null != NULL, "cannot open /dev/null");
	return null;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif

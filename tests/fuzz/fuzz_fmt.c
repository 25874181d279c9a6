/* Fuzzes fmt: whatever fmt accepts, its output parses again, fmt of
 * that output is the same text (idempotence), and when the input
 * compiles the output compiles to the same plan with as many warnings
 * (fmt never changes meaning). */
#include <string.h>

#include "fuzz.h"
#include "include/plinth.h"

/* fmt of src, as a malloc'd string; NULL when src does not parse. */
static char *format(const char *src, size_t len, size_t *outlen)
{
	char *text = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&text, &n);
	FUZZ_CHECK(out != NULL, "open_memstream");
	plinth_diagnostics *d = NULL;
	int rc = plinth_format("fuzz.plinth", src, len, out, &d);
	FUZZ_CHECK(d != NULL, "no diagnostics");
	FUZZ_CHECK(rc == 0 || plinth_diagnostics_errors(d) > 0, "fmt failed without an error");
	plinth_diagnostics_print(fuzz_sink(), d);
	plinth_diagnostics_free(d);
	fclose(out);
	if (rc != 0) {
		free(text);
		return NULL;
	}
	*outlen = n;
	return text;
}

/* Compiles src; returns the number of warnings, or -1 on errors, and
 * the steps in plan order as one string in *plan (malloc'd). */
static int compile(const char *src, size_t len, char **plan)
{
	plinth_diagnostics *d = NULL;
	plinth_protocol *p = plinth_compile("fuzz.plinth", src, len, &d);
	int warnings = p ? plinth_diagnostics_warnings(d) : -1;
	size_t n = 0;
	FILE *out = open_memstream(plan, &n);
	FUZZ_CHECK(out != NULL, "open_memstream");
	for (int i = 0; p && i < plinth_protocol_steps(p); i++)
		fprintf(out, "%s\n", plinth_protocol_step(p, i));
	fclose(out);
	plinth_protocol_free(p);
	plinth_diagnostics_free(d);
	return warnings;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *src = (const char *)data;
	size_t once_len, twice_len;
	char *once = format(src, size, &once_len);
	if (!once)
		return 0;
	char *twice = format(once, once_len, &twice_len);
	FUZZ_CHECK(twice != NULL, "the output of fmt does not parse:\n%s", once);
	FUZZ_CHECK(once_len == twice_len && !memcmp(once, twice, once_len),
	           "fmt is not idempotent:\n--- once\n%s--- twice\n%s", once, twice);
	char *plan_in, *plan_out;
	int warn_in = compile(src, size, &plan_in);
	if (warn_in >= 0) {
		int warn_out = compile(once, once_len, &plan_out);
		FUZZ_CHECK(warn_out >= 0, "the input compiles, fmt's output does not:\n%s", once);
		FUZZ_CHECK(!strcmp(plan_in, plan_out), "fmt changed the plan:\n%s---\n%s", plan_in, plan_out);
		FUZZ_CHECK(warn_in == warn_out, "fmt changed the warnings: %d, then %d", warn_in, warn_out);
		free(plan_out);
	}
	free(plan_in);
	free(twice);
	free(once);
	return 0;
}

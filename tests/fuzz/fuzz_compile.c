/* Fuzzes the protocol compiler: any bytes in, diagnostics or a program
 * out, never a crash, a hang or a leak.  Whatever compiles is also
 * drawn as a graph; the diagnostics are printed in every format. */
#include <stdbool.h>
#include <string.h>

#include "fuzz.h"
#include "include/plinth.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *out = fuzz_sink();
	plinth_diagnostics *d = NULL;
	plinth_protocol *p = plinth_compile("fuzz.plinth", (const char *)data, size, &d);
	FUZZ_CHECK(d != NULL, "no diagnostics");
	size_t n = plinth_diagnostics_count(d);
	int errors = plinth_diagnostics_errors(d);
	FUZZ_CHECK((p == NULL) == (errors > 0), "%s with %d errors", p ? "compiled" : "failed", errors);
	int listed[2] = { 0, 0 };
	bool capped = false;
	for (size_t i = 0; i < n; i++) {
		const struct plinth_diagnostic *g = plinth_diagnostics_get(d, i);
		FUZZ_CHECK(g && g->message && *g->message && g->code && *g->code, "diagnostic %zu is empty", i);
		FUZZ_CHECK(g->line >= 1 && g->column >= 1, "diagnostic %zu at %d:%d", i, g->line, g->column);
		bool cap = !strcmp(g->code, "too-many-errors"); /* says errors were left out; is not one */
		listed[g->severity] += !cap;
		capped |= cap;
	}
	/* Past the cap on errors, the count may go on but the list stops. */
	FUZZ_CHECK(capped ? errors >= listed[PLINTH_ERROR] : errors == listed[PLINTH_ERROR],
	           "%d errors, %d listed", errors, listed[PLINTH_ERROR]);
	FUZZ_CHECK(capped || plinth_diagnostics_warnings(d) == listed[PLINTH_WARNING], "warnings disagree");
	plinth_diagnostics_print(out, d);
	plinth_diagnostics_print_json(out, d);
	plinth_diagnostics_print_sarif(out, &d, 1);
	if (p) {
		int steps = plinth_protocol_steps(p);
		for (int i = 0; i < steps; i++)
			FUZZ_CHECK(plinth_protocol_step(p, i) != NULL, "step %d has no name", i);
		plinth_write_graph(out, p, PLINTH_GRAPH_DOT);
		plinth_write_graph(out, p, PLINTH_GRAPH_MERMAID);
	}
	plinth_protocol_free(p);
	plinth_diagnostics_free(d);
	return 0;
}

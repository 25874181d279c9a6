/* Diagnostics: collected as values with a location, rendered late with
 * the source line and a caret. */
#ifndef PLINTH_DIAG_H
#define PLINTH_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "../include/plinth.h"
#include "../base/arena.h"
#include "loc.h"

struct plinth_diagnostics {
	struct arena arena;
	const char *file;
	const char *src;  /* a copy, for the caret line */
	size_t len;
	struct vec list;  /* struct plinth_diagnostic * */
	int errors, warnings;
};

plinth_diagnostics *diags_new(const char *file, const char *src, size_t len);
/* Puts the diagnostics in source order, as every reader wants them. */
void diags_sort(plinth_diagnostics *d);
void diag_error(plinth_diagnostics *d, struct loc loc, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_warning(plinth_diagnostics *d, struct loc loc, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#endif

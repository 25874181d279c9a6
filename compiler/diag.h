/* Diagnostics: collected as values with a location, rendered late with
 * the source line and a caret. */
#ifndef PLINTH_DIAG_H
#define PLINTH_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "../include/plinth.h"
#include "../base/arena.h"
#include "loc.h"

/* What a diagnostic is about: one per row of diag_codes.h. */
enum diag_code {
#define DIAG_CODE(name, code, level, text) DIAG_##name,
#include "diag_codes.h"
#undef DIAG_CODE
};

/* A diagnostic as kept: the public part first, so that a pointer to
 * one is a pointer to the other, then its code as the enum. */
struct diag {
	struct plinth_diagnostic pub;
	enum diag_code code;
};

struct plinth_diagnostics {
	struct arena arena;
	const char *file;
	const char *src;  /* a copy, for the caret line */
	size_t len;
	struct vec list;  /* struct plinth_diagnostic *, each a struct diag's */
	int errors, warnings;
};

plinth_diagnostics *diags_new(const char *file, const char *src, size_t len);
/* Puts the diagnostics in source order, as every reader wants them. */
void diags_sort(plinth_diagnostics *d);
void diag_error(plinth_diagnostics *d, struct loc loc, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_warning(plinth_diagnostics *d, struct loc loc, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* "undefined-name": the code as reported. */
const char *diag_code_name(enum diag_code code);

#endif

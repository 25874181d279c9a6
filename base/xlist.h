/* A literal list of 'x in {...}' over numbers or text as one table (the
 * program's X_IN_LIST): sorted and without duplicates when the protocol
 * compiles, then found
 * by binary search for every record, so a list of any length is one
 * instruction and one lookup (not a chain of '=='), and equality means
 * what '==' means: numbers by value (1 and 1.0, 0 and -0 are equal),
 * text byte for byte. */
#ifndef PLINTH_XLIST_H
#define PLINTH_XLIST_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

struct xtext {
	const char *s;
	size_t len;
};
struct xlist {
	int n;
	const double *nums;        /* numbers: ascending, -0 kept as 0 */
	const struct xtext *texts; /* texts: in xlist_text_order */
};

/* The tables, built in a from n items (n >= 0) and owned by a.  A NaN
 * item equals nothing and is left out. */
const struct xlist *xlist_numbers(struct arena *a, const double *items, int n);
const struct xlist *xlist_texts(struct arena *a, const struct xtext *items, int n);

/* Whether the value is one of the list's items.  A NaN is none. */
bool xlist_has_number(const struct xlist *l, double v);
bool xlist_has_text(const struct xlist *l, const char *s, size_t len);

/* The order of a text table: bytes as unsigned, a prefix first;
 * below zero, zero or above. */
int xlist_text_order(const char *a, size_t alen, const char *b, size_t blen);

#endif

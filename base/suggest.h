/* "did you mean" for names that are close to a known one. */
#ifndef PLINTH_SUGGEST_H
#define PLINTH_SUGGEST_H

#include "arena.h"

/* The candidate nearest to `name` by edit distance, if it is near enough
 * to be a likely typo; else NULL. */
const char *suggest(const char *name, const char *const *cands, int n);
/* "; did you mean 'x'?" or "" */
const char *did_you_mean(struct arena *a, const char *name, const char *const *cands, int n);

#endif

#include "suggest.h"

#include <stdlib.h>
#include <string.h>

/* Optimal string alignment distance (edits plus adjacent swaps),
 * giving up early past `limit`. */
static int distance(const char *a, const char *b, int limit)
{
	int la = (int)strlen(a), lb = (int)strlen(b);
	if (abs(la - lb) > limit)
		return limit + 1;
	int *prev2 = xmalloc(sizeof(int) * (size_t)(lb + 1));
	int *prev = xmalloc(sizeof(int) * (size_t)(lb + 1));
	int *cur = xmalloc(sizeof(int) * (size_t)(lb + 1));
	for (int j = 0; j <= lb; j++)
		prev[j] = j;
	for (int i = 1; i <= la; i++) {
		cur[0] = i;
		for (int j = 1; j <= lb; j++) {
			int cost = a[i - 1] != b[j - 1];
			int d = prev[j - 1] + cost;
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < d)
				d = prev2[j - 2] + 1;
			cur[j] = d;
		}
		int *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	int d = prev[lb];
	free(prev2);
	free(prev);
	free(cur);
	return d;
}

const char *suggest(const char *name, const char *const *cands, int n)
{
	int len = (int)strlen(name);
	int limit = len <= 2 ? 0 : len < 4 ? 1 : len < 10 ? 2 : 3; /* one letter off "x" is noise */
	const char *best = NULL;
	int best_d = limit + 1;
	for (int i = 0; i < n; i++) {
		if (!cands[i] || !strcmp(cands[i], name))
			continue;
		int d = distance(name, cands[i], limit);
		if (d < best_d) {
			best_d = d;
			best = cands[i];
		}
	}
	return best;
}

const char *did_you_mean(struct arena *a, const char *name, const char *const *cands, int n)
{
	const char *s = suggest(name, cands, n);
	return s ? arena_printf(a, "; did you mean '%s'?", s) : "";
}

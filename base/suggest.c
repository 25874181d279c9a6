#include "suggest.h"

#include <stdlib.h>
#include <string.h>

/* Optimal string alignment distance (edits plus adjacent swaps), or
 * limit + 1 when it is greater than limit.  Only the cells within limit
 * of the diagonal can hold a distance of at most limit, so only they
 * are computed: time in the length times limit, memory in the length,
 * however long the names are. */
static int distance(const char *a, int la, const char *b, int limit)
{
	int lb = (int)strlen(b), over = limit + 1;
	if (abs(la - lb) > limit)
		return over;
	if (!la || !lb)
		return la + lb;
	int *prev2 = xmalloc(sizeof(int) * (size_t)(lb + 1));
	int *prev = xmalloc(sizeof(int) * (size_t)(lb + 1));
	int *cur = xmalloc(sizeof(int) * (size_t)(lb + 1));
	for (int j = 0; j <= lb; j++)
		prev[j] = prev2[j] = cur[j] = j <= limit ? j : over;
	int d = over;
	for (int i = 1; i <= la; i++) {
		int lo = i - limit > 1 ? i - limit : 1, hi = i + limit < lb ? i + limit : lb, best = over;
		cur[lo - 1] = lo == 1 && i <= limit ? i : over;
		for (int j = lo; j <= hi; j++) {
			int cost = a[i - 1] != b[j - 1];
			int e = prev[j - 1] + cost;
			if (prev[j] + 1 < e)
				e = prev[j] + 1;
			if (cur[j - 1] + 1 < e)
				e = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < e)
				e = prev2[j - 2] + 1;
			cur[j] = e < over ? e : over;
			best = cur[j] < best ? cur[j] : best;
		}
		if (hi < lb)
			cur[hi + 1] = over; /* the band's edge, read by the next row */
		int *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
		if (best > limit) /* every path from here costs more */
			goto done;
	}
	d = prev[lb];
done:
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
		int d = distance(name, len, cands[i], limit);
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

#include "xlist.h"

#include <stdlib.h>
#include <string.h>

static int number_order(double a, double b)
{
	return (a > b) - (a < b);
}

int xlist_text_order(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = alen < blen ? alen : blen;
	int c = n ? memcmp(a, b, n) : 0;
	return c ? c : (alen > blen) - (alen < blen);
}

static int by_number(const void *x, const void *y)
{
	return number_order(*(const double *)x, *(const double *)y);
}

static int by_text(const void *x, const void *y)
{
	const struct xtext *a = x, *b = y;
	return xlist_text_order(a->s, a->len, b->s, b->len);
}

const struct xlist *xlist_numbers(struct arena *a, const double *items, int n)
{
	double *v = arena_alloc(a, sizeof *v * (size_t)(n + 1));
	int m = 0;
	for (int i = 0; i < n; i++)
		if (items[i] == items[i]) /* not a NaN */
			v[m++] = items[i] == 0 ? 0.0 : items[i];
	qsort(v, (size_t)m, sizeof *v, by_number);
	int k = 0;
	for (int i = 0; i < m; i++)
		if (!k || number_order(v[k - 1], v[i]))
			v[k++] = v[i];
	struct xlist *l = arena_alloc(a, sizeof *l);
	l->n = k;
	l->nums = v;
	return l;
}

const struct xlist *xlist_texts(struct arena *a, const struct xtext *items, int n)
{
	struct xtext *v = arena_alloc(a, sizeof *v * (size_t)(n + 1));
	if (n)
		memcpy(v, items, sizeof *v * (size_t)n);
	qsort(v, (size_t)n, sizeof *v, by_text);
	int k = 0;
	for (int i = 0; i < n; i++)
		if (!k || by_text(&v[k - 1], &v[i]))
			v[k++] = v[i];
	struct xlist *l = arena_alloc(a, sizeof *l);
	l->n = k;
	l->texts = v;
	return l;
}

bool xlist_has_number(const struct xlist *l, double v)
{
	return v == v /* a NaN equals nothing */ && bsearch(&v, l->nums, (size_t)l->n, sizeof *l->nums, by_number);
}

bool xlist_has_text(const struct xlist *l, const char *s, size_t len)
{
	const struct xtext key = { s, len };
	return bsearch(&key, l->texts, (size_t)l->n, sizeof *l->texts, by_text);
}

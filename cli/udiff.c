#include "udiff.h"

#include <stdlib.h>
#include <string.h>

enum {
	CONTEXT = 3,
	/* Edits a search may cost before it settles for a good split rather
	 * than the best (GNU diff's "too expensive" heuristic): keeps huge
	 * rewrites near-linear, and changes no diff with fewer edits. */
	TOO_EXPENSIVE = 512,
};

/* Out of memory ends the program, as in the library's allocator. */
static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fputs("plinth: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

struct uline {
	const char *s;
	size_t n; /* with its '\n', when it has one */
};

struct lines {
	struct uline *v;
	int n;
};

/* What changes: del[i] for a's line i, ins[j] for b's line j. */
struct diff {
	struct lines a, b;
	bool *del, *ins;
};

static struct lines split(const char *s, size_t len)
{
	size_t count = 1;
	for (const char *p = s; (p = memchr(p, '\n', len - (size_t)(p - s))); p++)
		count++;
	struct lines l = { xmalloc(sizeof *l.v * count), 0 };
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) + 1 : len;
		l.v[l.n++] = (struct uline){ s + i, end - i };
		i = end;
	}
	return l;
}

static bool same(const struct diff *d, int i, int j)
{
	return d->a.v[i].n == d->b.v[j].n && !memcmp(d->a.v[i].s, d->b.v[j].s, d->a.v[i].n);
}

/* The part still to compare: n lines of a from a0, m lines of b from
 * b0.  Searches work in coordinates relative to it, x in a, y in b. */
struct box {
	int a0, b0, n, m;
};

/* Follows equal lines along diagonal k (y = x - k) from x, forward or,
 * with back, from the box's end backward; returns the x reached. */
static int slide(const struct diff *d, const struct box *bx, bool back, int x, int k)
{
	int y = x - k;
	while (x < bx->n && y < bx->m &&
	       (back ? same(d, bx->a0 + bx->n - 1 - x, bx->b0 + bx->m - 1 - y) : same(d, bx->a0 + x, bx->b0 + y)))
		x++, y++;
	return x;
}

/* Where the furthest path on diagonal k starts, one edit further than
 * the paths on diagonals k - 1 and k + 1 at edit count dd - 1. */
static int step(const int *v, int off, int k, int dd)
{
	return k == -dd || (k != dd && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
}

/* After cost rounds of the forward search: the point of the diagonals
 * lo..hi furthest from the start, as a place to split. */
static bool furthest(const int *vf, int off, const struct box *bx, int lo, int hi, int *x, int *y)
{
	int best = -1;
	for (int k = lo; k <= hi; k += 2) {
		int fx = vf[off + k], fy = fx - k;
		if (fx >= 0 && fx <= bx->n && fy >= 0 && fy <= bx->m && fx + fy > best)
			best = fx + fy, *x = fx, *y = fy;
	}
	return best > 0;
}

/* Finds where an optimal path crosses the middle (Myers 1986, 4b, as in
 * diff-match-patch's bisect): *x, *y inside the box, or false when the
 * two texts share nothing worth finding. */
static bool bisect(const struct diff *d, const struct box *bx, int *x, int *y)
{
	int max = (bx->n + bx->m + 1) / 2, off = max + 1, len = 2 * max + 3, delta = bx->n - bx->m;
	int *vf = xmalloc(sizeof *vf * (size_t)len), *vb = xmalloc(sizeof *vb * (size_t)len);
	for (int i = 0; i < len; i++)
		vf[i] = vb[i] = -1;
	vf[off + 1] = vb[off + 1] = 0;
	bool odd = delta & 1, found = false;
	int flo = 0, fhi = 0, blo = 0, bhi = 0;
	for (int dd = 0; dd < max && !found; dd++) {
		if (dd == TOO_EXPENSIVE) {
			found = furthest(vf, off, bx, -(dd - 1) + flo, dd - 1 - fhi, x, y);
			break;
		}
		for (int k = -dd + flo; k <= dd - fhi && !found; k += 2) {
			int fx = vf[off + k] = slide(d, bx, false, step(vf, off, k, dd), k), fy = fx - k;
			if (fx > bx->n)
				fhi += 2;
			else if (fy > bx->m)
				flo += 2;
			else if (odd && delta - k >= -max && delta - k <= max && vb[off + delta - k] != -1 &&
			         fx >= bx->n - vb[off + delta - k])
				*x = fx, *y = fy, found = true;
		}
		for (int k = -dd + blo; k <= dd - bhi && !found; k += 2) {
			int bxv = vb[off + k] = slide(d, bx, true, step(vb, off, k, dd), k), by = bxv - k;
			int kf = delta - k;
			if (bxv > bx->n)
				bhi += 2;
			else if (by > bx->m)
				blo += 2;
			else if (!odd && kf >= -max && kf <= max && vf[off + kf] != -1 && vf[off + kf] >= bx->n - bxv)
				*x = vf[off + kf], *y = vf[off + kf] - kf, found = true;
		}
	}
	free(vf);
	free(vb);
	return found;
}

static void mark(bool *v, int from, int to)
{
	for (int i = from; i < to; i++)
		v[i] = true;
}

static void compare(struct diff *d, int a0, int a1, int b0, int b1)
{
	while (a0 < a1 && b0 < b1 && same(d, a0, b0))
		a0++, b0++;
	while (a0 < a1 && b0 < b1 && same(d, a1 - 1, b1 - 1))
		a1--, b1--;
	struct box bx = { a0, b0, a1 - a0, b1 - b0 };
	int x, y;
	if (!bx.n || !bx.m || !bisect(d, &bx, &x, &y) || (!x && !y) || (x == bx.n && y == bx.m)) {
		mark(d->del, a0, a1);
		mark(d->ins, b0, b1);
		return;
	}
	compare(d, a0, a0 + x, b0, b0 + y);
	compare(d, a0 + x, a1, b0 + y, b1);
}

/* The edit script, one entry per output line: ' ', '-' or '+', with
 * the line numbers (0-based) before it in a and in b. */
struct edit {
	char op;
	int i, j;
};

static int script(const struct diff *d, struct edit *e)
{
	int n = 0, i = 0, j = 0;
	while (i < d->a.n || j < d->b.n) {
		if (i < d->a.n && d->del[i])
			e[n++] = (struct edit){ '-', i++, j };
		else if (j < d->b.n && d->ins[j])
			e[n++] = (struct edit){ '+', i, j++ };
		else
			e[n++] = (struct edit){ ' ', i++, j++ };
	}
	return n;
}

static void range(FILE *out, char sign, int start, int count)
{
	if (count == 1)
		fprintf(out, "%c%d", sign, start + 1);
	else
		fprintf(out, "%c%d,%d", sign, count ? start + 1 : start, count);
}

static void hunk(FILE *out, const struct diff *d, const struct edit *e, int from, int to)
{
	int olds = 0, news = 0;
	for (int k = from; k < to; k++) {
		olds += e[k].op != '+';
		news += e[k].op != '-';
	}
	fputs("@@ ", out);
	range(out, '-', e[from].i, olds);
	putc(' ', out);
	range(out, '+', e[from].j, news);
	fputs(" @@\n", out);
	for (int k = from; k < to; k++) {
		const struct uline *l = e[k].op == '+' ? &d->b.v[e[k].j] : &d->a.v[e[k].i];
		putc(e[k].op, out);
		fwrite(l->s, 1, l->n, out);
		if (!l->n || l->s[l->n - 1] != '\n')
			fputs("\n\\ No newline at end of file\n", out);
	}
}

/* Groups changes into hunks: two changes with at most 2 * CONTEXT
 * unchanged lines between them share one. */
static void hunks(FILE *out, const struct diff *d, const struct edit *e, int n)
{
	for (int k = 0; k < n;) {
		if (e[k].op == ' ') {
			k++;
			continue;
		}
		int from = k > CONTEXT ? k - CONTEXT : 0, last = k, run = 0;
		for (int x = k + 1; x < n && run <= 2 * CONTEXT; x++) {
			if (e[x].op == ' ')
				run++;
			else
				last = x, run = 0;
		}
		int to = last + 1 + CONTEXT < n ? last + 1 + CONTEXT : n;
		hunk(out, d, e, from, to);
		k = to;
	}
}

bool udiff_write(FILE *out, const char *old_name, const char *new_name, const char *a, size_t alen,
                 const char *b, size_t blen)
{
	if (alen == blen && !memcmp(a, b, alen))
		return false;
	struct diff d = { split(a, alen), split(b, blen), NULL, NULL };
	d.del = memset(xmalloc((size_t)d.a.n + 1), 0, (size_t)d.a.n + 1);
	d.ins = memset(xmalloc((size_t)d.b.n + 1), 0, (size_t)d.b.n + 1);
	struct edit *e = xmalloc(sizeof *e * ((size_t)d.a.n + (size_t)d.b.n + 1));
	compare(&d, 0, d.a.n, 0, d.b.n);
	fprintf(out, "--- %s\n+++ %s\n", old_name, new_name);
	hunks(out, &d, e, script(&d, e));
	free(e);
	free(d.del);
	free(d.ins);
	free(d.a.v);
	free(d.b.v);
	return true;
}

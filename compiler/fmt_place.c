/* Gives every comment a place.  The logical lines stand for disjoint
 * stretches of source, in order, so each comment is either inside one
 * of them, or after one on the same source line, or between two. */
#include "fmt.h"

static void lead(struct fmt *f, struct fline *l, struct fcomment *c, bool moved)
{
	c->moved = moved;
	vec_push(f->arena, &l->lead, c);
}

void fmt_place_comments(struct fmt *f)
{
	struct fline **lines = (struct fline **)f->lines.items;
	int n = f->lines.n, at = -1; /* the last line starting before the comment */
	for (int i = 0; i < f->comments.n; i++) {
		struct fcomment *c = f->comments.items[i];
		while (at + 1 < n && lines[at + 1]->start <= c->off)
			at++;
		if (at < 0)
			lead(f, lines[0], c, false);
		else if (c->off < lines[at]->end)
			lead(f, lines[at], c, true);
		else if (!lines[at]->trail && src_same_line(&f->src, lines[at]->end, c->off))
			lines[at]->trail = c->text;
		else if (at + 1 < n)
			lead(f, lines[at + 1], c, false);
		else
			vec_push(f->arena, &f->tail, c);
	}
}

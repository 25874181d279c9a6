/* Writes the laid-out lines.  First the blank lines are settled: each
 * line with the comments before it is a group; the author's empty lines
 * are kept (one each) except at the top of a block and before its '}',
 * and a group that starts a section gets one if it had none. */
#include "fmt.h"

/* A comment that was inside its line takes the line's blank: the blank
 * line was before the construct, and the comment now is. */
static void move_blank(struct fline *l)
{
	for (int i = 0; i < l->lead.n; i++) {
		struct fcomment *c = l->lead.items[i];
		if (c->moved) {
			c->blank = l->blank;
			l->blank = false;
			return;
		}
	}
}

static bool *first_blank(struct fline *l)
{
	return l->lead.n ? &((struct fcomment *)l->lead.items[0])->blank : &l->blank;
}

static bool group_has_blank(const struct fline *l)
{
	for (int i = 0; i < l->lead.n; i++)
		if (((struct fcomment *)l->lead.items[i])->blank)
			return true;
	return l->blank;
}

static void settle_blanks(struct fmt *f)
{
	bool after_open = true; /* the top of the file counts as a block's */
	for (int i = 0; i < f->lines.n; i++) {
		struct fline *l = f->lines.items[i];
		move_blank(l);
		if (l->kind == FL_CLOSE)
			l->blank = false;
		if (after_open)
			*first_blank(l) = false;
		else if (l->section && !group_has_blank(l))
			*first_blank(l) = true;
		after_open = l->kind == FL_OPEN;
	}
}

static void indent(FILE *out, int depth)
{
	for (int i = 0; i < depth; i++)
		fputs("  ", out);
}

static void comment(FILE *out, const struct fcomment *c, int depth)
{
	if (c->blank)
		putc('\n', out);
	indent(out, depth);
	fprintf(out, "%s\n", c->text);
}

static void line(FILE *out, const struct fline *l)
{
	for (int i = 0; i < l->lead.n; i++)
		comment(out, l->lead.items[i], l->kind == FL_CLOSE ? l->depth + 1 : l->depth);
	if (l->blank)
		putc('\n', out);
	indent(out, l->depth);
	fputs(l->text, out);
	if (l->cont) {
		putc('\n', out);
		indent(out, l->depth + 1);
		fputs(l->cont, out);
	}
	if (l->trail)
		fprintf(out, " %s", l->trail);
	putc('\n', out);
}

void fmt_emit(struct fmt *f, FILE *out)
{
	settle_blanks(f);
	for (int i = 0; i < f->lines.n; i++)
		line(out, f->lines.items[i]);
	for (int i = 0; i < f->tail.n; i++)
		comment(out, f->tail.items[i], 0);
}

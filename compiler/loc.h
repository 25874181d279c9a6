/* A span of protocol source, 1-based, end column exclusive.  The field
 * names are bison's, so this doubles as the parser's YYLTYPE. */
#ifndef PLINTH_LOC_H
#define PLINTH_LOC_H

struct loc {
	int first_line, first_column;
	int last_line, last_column;
};

/* From the start of a to the end of b. */
static inline struct loc loc_join(struct loc a, struct loc b)
{
	a.last_line = b.last_line;
	a.last_column = b.last_column;
	return a;
}

#endif

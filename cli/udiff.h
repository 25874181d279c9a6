/* A unified diff of two texts, for `plinth fmt --diff`: no external
 * diff program.  The format is diff -u's without timestamps:
 *
 *   --- OLD_NAME
 *   +++ NEW_NAME
 *   @@ -START,COUNT +START,COUNT @@
 *
 * then the lines, each prefixed by ' ', '-' or '+', with three lines of
 * context around each change and hunks closer than that merged.  As in
 * diff -u, a count of 1 is left out (`-7` rather than `-7,1`), a range
 * of 0 lines starts at the line before it, and a last line without a
 * newline is followed by `\ No newline at end of file`.  The changes are
 * a shortest edit script (Myers' algorithm, in linear space). */
#ifndef PLINTH_UDIFF_H
#define PLINTH_UDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Writes the diff from a (alen bytes) to b; nothing when they are the
 * same.  Returns whether they differ. */
bool udiff_write(FILE *out, const char *old_name, const char *new_name, const char *a, size_t alen,
                 const char *b, size_t blen);

#endif

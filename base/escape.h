/* The escapers, each written once: JSON strings, and the one escaper of
 * TSV cells and of every record or protocol value that text prints;
 * each into an output buffer (ob_*) or onto a FILE. */
#ifndef PLINTH_ESCAPE_H
#define PLINTH_ESCAPE_H
#include <stdio.h>

#include "outbuf.h"

void ob_json_string(struct outbuf *b, const char *s);   /* quoted */
void ob_json_escaped(struct outbuf *b, const char *s);  /* not quoted */
/* "file:line:column" as a JSON string; column 0 leaves it out. */
void ob_json_place(struct outbuf *b, const char *file, int line, int column);
/* The last two files a writer placed, and their '"file:' as written:
 * every record names its file, and escaping the same name again was a
 * tenth of writing a result.  Two, since reasons name the protocol
 * between records that name theirs.  Zeroed to begin. */
struct place_cache {
	struct outbuf file[2], quoted[2]; /* file: with its NUL */
	int last;
};
/* ob_json_place, with file's escaped text kept in c. */
void ob_json_place_kept(struct outbuf *b, struct place_cache *c, const char *file, int line, int column);
void place_cache_free(struct place_cache *c);
/* The one escaper of TSV cells and of every record or protocol value
 * text output prints: tab, newline, CR and backslash as \t \n \r \\,
 * every other C0 control and DEL as \xHH, the C1 controls (U+0080 to
 * U+009F) as \u{80} to \u{9f}, and each byte that is not part of valid
 * UTF-8 (stray or cut-short sequences, overlong forms, surrogates, past
 * U+10FFFF) as \xHH.  Printable UTF-8 is copied as it is.  So a value
 * stays on its line and sends the terminal nothing but text. */
void ob_tsv_cell(struct outbuf *b, const char *s);
/* The same escaper over the n bytes at s (a NUL is \x00), leaving as
 * they are the characters keep names: a source line keeps its tabs, so
 * a caret can be lined up under it, and its backslashes, which are the
 * protocol's own escapes. */
enum { OB_KEEP_TAB = 1, OB_KEEP_BACKSLASH = 2 };
void ob_escaped(struct outbuf *b, const char *s, size_t n, int keep);

/* The FILE forms of the above, for output that is not per record. */
void json_string(FILE *out, const char *s);   /* quoted */
void json_escaped(FILE *out, const char *s);  /* not quoted */
/* "file:line:column" as a JSON string; column 0 leaves it out. */
void json_place(FILE *out, const char *file, int line, int column);
/* Writes s escaped as ob_tsv_cell escapes it, for TSV cells and every
 * record or protocol value in text; text_escaped leaves as they are the
 * characters keep (OB_KEEP_*) names. */
void tsv_cell(FILE *out, const char *s);
/* head, then s escaped as tsv_cell escapes it, then tail. */
void tsv_between(FILE *out, const char *head, const char *s, const char *tail);
void text_escaped(FILE *out, const char *s, int keep);

#endif

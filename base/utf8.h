/* UTF-8, counted the one way plinth counts it: a column is a character,
 * and a character is every byte that is not a continuation byte.  The
 * scanner, the caret under a diagnostic, fmt's and graph's wrapping and
 * the record reader's places all count so, through these. */
#ifndef PLINTH_UTF8_H
#define PLINTH_UTF8_H
#include <stdbool.h>
#include <stddef.h>

/* Is c a continuation byte (10xxxxxx), which starts no character? */
static inline bool utf8_continues(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* The characters in the n bytes at s. */
size_t utf8_columns(const char *s, size_t n);
/* The characters of the string s. */
size_t utf8_width(const char *s);
/* The byte offset, within the n bytes at s, of 1-based column col: a
 * character's start, or n when the text is shorter. */
size_t utf8_offset(const char *s, size_t n, int col);
/* The length of the valid UTF-8 character at s, within n bytes; 0 when
 * it is not one: a stray continuation byte, a sequence cut short, an
 * overlong form, a surrogate, or past U+10FFFF.  A NUL is no
 * continuation byte, so reading stops at the end of a string. */
size_t utf8_valid(const unsigned char *s, size_t n);

#endif

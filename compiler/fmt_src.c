/* What fmt needs to know about the source text beyond the syntax tree:
 * byte offsets of locations, where a '{' or a modifier sits, and where
 * the author left empty lines.  Only called on text that parsed, so
 * strings and backticked names are always closed. */
#include "fmt.h"
#include "../base/utf8.h"

#include <string.h>

void src_init(struct fmt_src *s, struct arena *a, const char *text, size_t len)
{
	int n = 1;
	for (size_t i = 0; i < len; i++)
		n += text[i] == '\n';
	s->text = text;
	s->len = len;
	s->nlines = n;
	s->lines = arena_alloc(a, sizeof *s->lines * (size_t)n);
	n = 1;
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n')
			s->lines[n++] = i + 1;
}

/* Columns count characters as the scanner does: every byte that is not
 * a UTF-8 continuation byte. */
size_t src_off(const struct fmt_src *s, int line, int column)
{
	if (line < 1)
		return 0;
	if (line > s->nlines)
		return s->len;
	size_t p = s->lines[line - 1];
	for (; column > 1 && p < s->len; column--) {
		p++;
		while (p < s->len && utf8_continues((unsigned char)s->text[p]))
			p++;
	}
	return p;
}

size_t src_start(const struct fmt_src *s, struct loc l)
{
	return src_off(s, l.first_line, l.first_column);
}

size_t src_end(const struct fmt_src *s, struct loc l)
{
	return src_off(s, l.last_line, l.last_column);
}

static bool blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t src_next_token(const struct fmt_src *s, size_t off)
{
	const char *t = s->text;
	for (;;) {
		while (off < s->len && blank(t[off]))
			off++;
		if (off >= s->len || t[off] != '#')
			return off;
		while (off < s->len && t[off] != '\n')
			off++;
	}
}

static bool word_char(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t src_token_end(const struct fmt_src *s, size_t off)
{
	const char *t = s->text;
	if (off >= s->len)
		return s->len;
	if (t[off] == '"') {
		for (off++; off < s->len && t[off] != '"'; off++)
			if (t[off] == '\\')
				off++;
		return off < s->len ? off + 1 : s->len;
	}
	if (t[off] == '`') {
		const char *close = memchr(t + off + 1, '`', s->len - off - 1);
		return close ? (size_t)(close - t) + 1 : s->len;
	}
	if (!word_char(t[off]))
		return off + 1;
	while (off < s->len && word_char(t[off]))
		off++;
	return off;
}

bool src_blank_before(const struct fmt_src *s, size_t off)
{
	int newlines = 0;
	while (off > 0 && blank(s->text[off - 1]))
		newlines += s->text[--off] == '\n';
	return off > 0 && newlines >= 2;
}

bool src_same_line(const struct fmt_src *s, size_t a, size_t b)
{
	return b <= s->len && a <= b && !memchr(s->text + a, '\n', b - a);
}

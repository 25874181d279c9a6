#include "utf8.h"

size_t utf8_columns(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		w += !utf8_continues((unsigned char)s[i]);
	return w;
}

size_t utf8_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		w += !utf8_continues((unsigned char)*s);
	return w;
}

size_t utf8_offset(const char *s, size_t n, int col)
{
	size_t i = 0;
	for (int c = 1; i < n && c < col; i++)
		c += !utf8_continues((unsigned char)s[i]);
	while (i < n && utf8_continues((unsigned char)s[i]))
		i++;
	return i;
}

size_t utf8_valid(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return n > 0;
	size_t len = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
	if (!len || len > n)
		return 0;
	for (size_t k = 1; k < len; k++)
		if (!utf8_continues(s[k]))
			return 0;
	if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
	    (c == 0xF4 && s[1] > 0x8F))
		return 0;
	return len;
}

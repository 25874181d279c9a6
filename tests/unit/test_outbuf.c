/* The output buffer's writers: numbers as printf writes them, JSON
 * strings escaped, places naming the right file however files
 * alternate (the writer keeps the last file's escaped name), and the
 * escaper of TSV cells and text output. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../base/escape.h"
#include "suites.h"

/* One buffer, emptied for each test's text. */
static struct outbuf *fresh(void)
{
	static struct outbuf b;
	b.len = 0;
	return &b;
}

static const char *text(struct outbuf *b)
{
	ob_char(b, '\0');
	return b->p;
}

START_TEST(numbers_as_printf_writes_them)
{
	static const long cases[] = { 0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 65536, 1234567, -1, -10, -99, -100,
	                              LONG_MAX, LONG_MIN };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char want[32];
		snprintf(want, sizeof want, "%ld", cases[i]);
		struct outbuf *b = fresh();
		ob_long(b, cases[i]);
		ck_assert_str_eq(text(b), want);
	}
}
END_TEST

START_TEST(json_strings_escaped)
{
	struct outbuf *b = fresh();
	ob_json_string(b, "a\"b\\c\nd\te\rf\x01g");
	ck_assert_str_eq(text(b), "\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\"");
}
END_TEST

START_TEST(places_name_their_own_file)
{
	/* kept in a writer's cache, and not: the same text */
	for (int kept = 0; kept < 2; kept++) {
		struct place_cache c = { 0 };
		struct outbuf *b = fresh();
		char file[16];
#define PLACE(f, l, col) (kept ? ob_json_place_kept(b, &c, f, l, col) : ob_json_place(b, f, l, col))
		strcpy(file, "a\"b.yaml");
		PLACE(file, 3, 0);
		PLACE("p.plinth", 10, 7);
		PLACE(file, 4, 0);
		PLACE("p.plinth", 11, 1);
		strcpy(file, "c.yaml"); /* the same pointer, another name */
		PLACE(file, 5, 2);
		PLACE("q.plinth", 1, 1);
		PLACE("p.plinth", 2, 1);
		PLACE(file, 6, 0);
#undef PLACE
		ck_assert_str_eq(text(b), "\"a\\\"b.yaml:3\"\"p.plinth:10:7\"\"a\\\"b.yaml:4\"\"p.plinth:11:1\""
		                          "\"c.yaml:5:2\"\"q.plinth:1:1\"\"p.plinth:2:1\"\"c.yaml:6\"");
		place_cache_free(&c);
	}
}
END_TEST

START_TEST(json_escapes_controls_and_del)
{
	struct outbuf *b = fresh();
	ob_json_string(b, "\x1b[31m\x7f\x1f");
	ck_assert_str_eq(text(b), "\"\\u001b[31m\\u007f\\u001f\"");
}
END_TEST

/* C1 controls and printable UTF-8 are legal JSON as they are; bytes
 * that are not UTF-8 are not, and become U+FFFD. */
START_TEST(json_keeps_utf8_and_replaces_what_is_not)
{
	struct outbuf *b = fresh();
	ob_json_string(b, "\xc2\x85\xc3\xa9\xe2\x82\xac|\xff|\xc0\xaf|\xed\xa0\x80|\xe2\x82");
	ck_assert_str_eq(text(b), "\"\xc2\x85\xc3\xa9\xe2\x82\xac|\\ufffd|\\ufffd\\ufffd|\\ufffd\\ufffd\\ufffd|\\ufffd\\ufffd\"");
}
END_TEST

/* The escaper of TSV cells and text output, on s, and bounded. */
static const char *cell(const char *s)
{
	struct outbuf *b = fresh();
	ob_tsv_cell(b, s);
	return text(b);
}

static const char *escaped(const char *s, size_t n, int keep)
{
	struct outbuf *b = fresh();
	ob_escaped(b, s, n, keep);
	return text(b);
}

START_TEST(cells_escape_what_is_not_printable)
{
	ck_assert_str_eq(cell(""), "");
	ck_assert_str_eq(cell("plain text, 1 + 1 ~ {x}"), "plain text, 1 + 1 ~ {x}");
	ck_assert_str_eq(cell("a\tb\nc\rd\\e"), "a\\tb\\nc\\rd\\\\e");
	ck_assert_str_eq(cell("\x01\x08\x0b\x0c\x1b[31m\x1f\x7f"), "\\x01\\x08\\x0b\\x0c\\x1b[31m\\x1f\\x7f");
	/* C1 controls, as UTF-8: the code point; the next one is printable */
	ck_assert_str_eq(cell("\xc2\x80" "a\xc2\x85\xc2\x9b" "b\xc2\x9f\xc2\xa0"), "\\u{80}a\\u{85}\\u{9b}b\\u{9f}\xc2\xa0");
	/* printable UTF-8, two to four bytes, at the edges of the ranges */
	ck_assert_str_eq(cell("\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xed\x9f\xbf \xee\x80\x80 \xf4\x8f\xbf\xbf"),
	                 "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xed\x9f\xbf \xee\x80\x80 \xf4\x8f\xbf\xbf");
	/* stray continuation bytes and bytes that never start a character */
	ck_assert_str_eq(cell("\x80" "a\xbf\xfe\xff"), "\\x80a\\xbf\\xfe\\xff");
	/* overlong forms */
	ck_assert_str_eq(cell("\xc0\xaf\xc1\xbf"), "\\xc0\\xaf\\xc1\\xbf");
	ck_assert_str_eq(cell("\xe0\x80\xaf"), "\\xe0\\x80\\xaf");
	ck_assert_str_eq(cell("\xf0\x80\x80\xaf"), "\\xf0\\x80\\x80\\xaf");
	/* surrogates, and past U+10FFFF */
	ck_assert_str_eq(cell("\xed\xa0\x80\xed\xbf\xbf"), "\\xed\\xa0\\x80\\xed\\xbf\\xbf");
	ck_assert_str_eq(cell("\xf4\x90\x80\x80\xf5\x80\x80\x80"), "\\xf4\\x90\\x80\\x80\\xf5\\x80\\x80\\x80");
	/* sequences cut short, by ASCII, another lead byte, or the end */
	ck_assert_str_eq(cell("\xe2\x82" "A\xf0\x9f\x98\xc3\xa9\xe2"), "\\xe2\\x82A\\xf0\\x9f\\x98\xc3\xa9\\xe2");
	ck_assert_str_eq(cell("\xc2"), "\\xc2");
}
END_TEST

START_TEST(escaped_spans_keep_what_they_are_told)
{
	ck_assert_str_eq(escaped("a\tb\\c\0d\x1b", 8, 0), "a\\tb\\\\c\\x00d\\x1b");
	ck_assert_str_eq(escaped("a\tb\\c\0d\x1b", 8, OB_KEEP_TAB | OB_KEEP_BACKSLASH), "a\tb\\c\\x00d\\x1b");
	ck_assert_str_eq(escaped("a\tb\\n\n", 6, OB_KEEP_BACKSLASH), "a\\tb\\n\\n");
	/* the span ends inside a character: its bytes are escaped */
	ck_assert_str_eq(escaped("\xe2\x82\xac", 2, 0), "\\xe2\\x82");
	ck_assert_str_eq(escaped("\xe2\x82\xac" "x", 3, 0), "\xe2\x82\xac");
	ck_assert_str_eq(escaped("\xc2\x9b", 2, 0), "\\u{9b}");
	ck_assert_str_eq(escaped("\xc2\x9b", 1, 0), "\\xc2");
}
END_TEST

Suite *outbuf_suite(void)
{
	Suite *s = suite_create("outbuf");
	TCase *t = tcase_create("writers");
	tcase_add_test(t, numbers_as_printf_writes_them);
	tcase_add_test(t, json_strings_escaped);
	tcase_add_test(t, places_name_their_own_file);
	tcase_add_test(t, json_escapes_controls_and_del);
	tcase_add_test(t, json_keeps_utf8_and_replaces_what_is_not);
	tcase_add_test(t, cells_escape_what_is_not_printable);
	tcase_add_test(t, escaped_spans_keep_what_they_are_told);
	suite_add_tcase(s, t);
	return s;
}

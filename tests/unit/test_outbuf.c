/* The output buffer's writers: numbers as printf writes them, JSON
 * strings escaped, and places naming the right file however files
 * alternate (the writer keeps the last file's escaped name). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/outbuf.h"
#include "suites.h"

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
		struct outbuf *b = ob_begin();
		ob_long(b, cases[i]);
		ck_assert_str_eq(text(b), want);
	}
}
END_TEST

START_TEST(json_strings_escaped)
{
	struct outbuf *b = ob_begin();
	ob_json_string(b, "a\"b\\c\nd\te\rf\x01g");
	ck_assert_str_eq(text(b), "\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\"");
}
END_TEST

START_TEST(places_name_their_own_file)
{
	struct outbuf *b = ob_begin();
	char file[16];
	strcpy(file, "a\"b.yaml");
	ob_json_place(b, file, 3, 0);
	ob_json_place(b, "p.plinth", 10, 7);
	ob_json_place(b, file, 4, 0);
	ob_json_place(b, "p.plinth", 11, 1);
	strcpy(file, "c.yaml"); /* the same pointer, another name */
	ob_json_place(b, file, 5, 2);
	ob_json_place(b, "q.plinth", 1, 1);
	ob_json_place(b, "p.plinth", 2, 1);
	ob_json_place(b, file, 6, 0);
	ck_assert_str_eq(text(b), "\"a\\\"b.yaml:3\"\"p.plinth:10:7\"\"a\\\"b.yaml:4\"\"p.plinth:11:1\""
	                          "\"c.yaml:5:2\"\"q.plinth:1:1\"\"p.plinth:2:1\"\"c.yaml:6\"");
}
END_TEST

Suite *outbuf_suite(void)
{
	Suite *s = suite_create("outbuf");
	TCase *t = tcase_create("writers");
	tcase_add_test(t, numbers_as_printf_writes_them);
	tcase_add_test(t, json_strings_escaped);
	tcase_add_test(t, places_name_their_own_file);
	suite_add_tcase(s, t);
	return s;
}

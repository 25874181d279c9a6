/* A parser reset in place (yparser_reset) parses what a parser deleted
 * and initialised anew (yparser_renew, the fallback on a libyaml of
 * another version) parses: the same events, marks and errors, after
 * being left in every state (mid-document, after an error, with %TAG
 * directives and scanned tokens pending). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "../../runtime/yparser.h"
#include "suites.h"

/* The events of text as one line of types, marks and values; stops at
 * the first error, which it names with its line.  After `stop` events
 * it gives up, leaving the parser mid-stream. */
static void events(yaml_parser_t *y, const char *text, int stop, char *out, size_t cap)
{
	yaml_parser_set_input_string(y, (const unsigned char *)text, strlen(text));
	size_t n = 0;
	out[0] = '\0';
	for (int i = 0; i < stop; i++) {
		yaml_event_t ev;
		if (!yaml_parser_parse(y, &ev)) {
			snprintf(out + n, cap - n, "error@%zu:%s", y->problem_mark.line, y->problem ? y->problem : "");
			return;
		}
		n += (size_t)snprintf(out + n, cap - n, "%d@%zu:%zu%s%s ", ev.type, ev.start_mark.line,
		                      ev.start_mark.column, ev.type == YAML_SCALAR_EVENT ? "=" : "",
		                      ev.type == YAML_SCALAR_EVENT ? (const char *)ev.data.scalar.value : "");
		bool end = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		if (end || n >= cap)
			return;
	}
}

START_TEST(reset_in_place_parses_as_a_new_parser)
{
	static const char *const before[] = {
		"a: 1\nb: [x, y\n",                    /* an error */
		"%TAG !e! tag:example.com,2000:\n--- !e!x\nk: v\n", /* a directive, stopped mid-document */
		"k: {a: 1, b: [1, 2, 3]}\nz: 'q'\n",     /* stopped with tokens scanned ahead */
		"",
	};
	static const char *const after[] = {
		"client: A\npain: 3\nsigns: [numbness, tingling]\n",
		"- 1\n- {x: y}\n",
		"a: [1, 2\n",
	};
	char want[4096], got[4096];
	for (size_t b = 0; b < sizeof before / sizeof *before; b++)
		for (int stop = 1; stop < 12; stop += 3)
			for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
				yaml_parser_t kept, renewed;
				ck_assert(yaml_parser_initialize(&kept) && yaml_parser_initialize(&renewed));
				events(&kept, before[b], stop, got, sizeof got);
				events(&renewed, before[b], stop, got, sizeof got);
				yparser_reset(&kept);
				yparser_renew(&renewed);
				events(&renewed, after[a], 1000, want, sizeof want);
				events(&kept, after[a], 1000, got, sizeof got);
				ck_assert_msg(!strcmp(got, want), "after '%s' (%d events): reset gives\n%s\nrenewed gives\n%s",
				              before[b], stop, got, want);
				yaml_parser_delete(&kept);
				yaml_parser_delete(&renewed);
			}
}
END_TEST

Suite *yparser_suite(void)
{
	Suite *s = suite_create("yparser");
	TCase *t = tcase_create("reset");
	tcase_add_test(t, reset_in_place_parses_as_a_new_parser);
	suite_add_tcase(s, t);
	return s;
}

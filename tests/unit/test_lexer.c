/* The scanner: token kinds, values and 1-based locations (columns count
 * characters), keywords against names, numbers, strings and the
 * diagnostics of bad input.  Calls the generated reentrant scanner
 * directly. */
#include <string.h>

#include "compiler/parse.h"
#include "parser.h"
#include "lexer.h"

#include "helpers.h"
#include "suites.h"

enum { MAXTOK = 128 };

struct lexed {
	int n;
	int kind[MAXTOK];
	struct loc loc[MAXTOK];
	PL_STYPE val[MAXTOK];
	struct arena arena;
	plinth_diagnostics *d;
};

/* Scans all of src; tokens go to x, diagnostics to x->d. */
static void lex(struct lexed *x, const char *src)
{
	memset(x, 0, sizeof *x);
	arena_init(&x->arena);
	size_t len = strlen(src);
	x->d = diags_new("t.plinth", src, len);
	struct parse_ctx ctx = { .arena = &x->arena, .diags = x->d, .line = 1, .column = 1 };
	yyscan_t scanner;
	ck_assert_int_eq(pl_lex_init_extra(&ctx, &scanner), 0);
	YY_BUFFER_STATE buf = pl__scan_bytes(src, (int)len, scanner);
	for (;;) {
		PL_STYPE val;
		struct loc loc;
		memset(&val, 0, sizeof val);
		int k = pl_lex(&val, &loc, scanner);
		if (k == 0)
			break;
		ck_assert_int_lt(x->n, MAXTOK);
		x->kind[x->n] = k;
		x->loc[x->n] = loc;
		x->val[x->n] = val;
		x->n++;
	}
	pl__delete_buffer(buf, scanner);
	pl_lex_destroy(scanner);
}

static void lexed_free(struct lexed *x)
{
	plinth_diagnostics_free(x->d);
	arena_free(&x->arena);
}

/* Token i has this kind and starts at line:col, ending before endcol. */
#define ck_tok(x, i, k, line, col, endcol)                                                   \
	do {                                                                                 \
		ck_assert_int_gt((x)->n, (i));                                               \
		ck_assert_msg((x)->kind[i] == (k), "token %d: kind %d, expected %s (%d)", (i), \
		              (x)->kind[i], #k, (int)(k));                                   \
		ck_assert_int_eq((x)->loc[i].first_line, (line));                            \
		ck_assert_int_eq((x)->loc[i].first_column, (col));                           \
		ck_assert_int_eq((x)->loc[i].last_line, (line));                             \
		ck_assert_int_eq((x)->loc[i].last_column, (endcol));                         \
	} while (0)

static const struct {
	const char *text;
	int kind;
} keywords[] = {
	{ "protocol", PROTOCOL }, { "version", VERSION }, { "reference", REFERENCE },
	{ "record", RECORD }, { "text", TEXT }, { "int", INT }, { "number", NUMBER_KW },
	{ "bool", BOOL }, { "one", ONE }, { "set", SET }, { "of", OF }, { "in", IN }, { "id", ID },
	{ "required", REQUIRED }, { "check", CHECK }, { "stage", STAGE }, { "step", STEP },
	{ "only", ONLY }, { "if", IF }, { "requires", REQUIRES },
	{ "contraindicated", CONTRAINDICATED }, { "caution", CAUTION }, { "after", AFTER },
	{ "technique", TECHNIQUE }, { "note", NOTE }, { "cite", CITE }, { "and", AND }, { "or", OR },
	{ "not", NOT }, { "is", IS }, { "missing", MISSING }, { "known", KNOWN }, { "empty", EMPTY },
	{ "true", TRUE }, { "false", FALSE }, { "count", COUNT },
};

/* Every keyword of language.md is its own token, never a name. */
START_TEST(every_keyword_is_a_keyword)
{
	ck_assert_int_eq(sizeof keywords / sizeof *keywords, 36);
	for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
		struct lexed x;
		lex(&x, keywords[i].text);
		ck_assert_int_eq(x.n, 1);
		ck_assert_msg(x.kind[0] == keywords[i].kind, "'%s' lexed as %d", keywords[i].text, x.kind[0]);
		ck_assert_int_eq(x.loc[0].first_column, 1);
		ck_assert_int_eq(x.loc[0].last_column, 1 + (int)strlen(keywords[i].text));
		ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
		lexed_free(&x);
	}
}
END_TEST

/* Words that merely start with, contain or differ in case from a keyword
 * are names, with their text as the value. */
START_TEST(names_are_not_keywords)
{
	static const char *const names[] = {
		"stepping", "notes", "inside", "protocol2", "_step", "Step", "IF", "a", "_", "x_1",
		"countdown", "oneof",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		struct lexed x;
		lex(&x, names[i]);
		ck_assert_int_eq(x.n, 1);
		ck_assert_msg(x.kind[0] == NAME, "'%s' is not a name", names[i]);
		ck_assert_str_eq(x.val[0].str, names[i]);
		ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
		lexed_free(&x);
	}
}
END_TEST

/* A name cannot start with a digit: "9lives" is a number, then a name. */
START_TEST(name_cannot_start_with_digit)
{
	struct lexed x;
	lex(&x, "9lives");
	ck_assert_int_eq(x.n, 2);
	ck_tok(&x, 0, NUMBER, 1, 1, 2);
	ck_tok(&x, 1, NAME, 1, 2, 7);
	ck_assert_str_eq(x.val[1].str, "lives");
	lexed_free(&x);
}
END_TEST

/* Backticks make any text a name, keywords included; the location
 * covers the backticks, the value does not include them. */
START_TEST(backtick_names)
{
	struct lexed x;
	lex(&x, "`date-of-birth` history.`count` `step`");
	ck_assert_int_eq(x.n, 5);
	ck_tok(&x, 0, NAME, 1, 1, 16);
	ck_assert_str_eq(x.val[0].str, "date-of-birth");
	ck_tok(&x, 1, NAME, 1, 17, 24);
	ck_assert_str_eq(x.val[1].str, "history");
	ck_tok(&x, 2, '.', 1, 24, 25);
	ck_tok(&x, 3, NAME, 1, 25, 32);
	ck_assert_str_eq(x.val[3].str, "count");
	ck_tok(&x, 4, NAME, 1, 33, 39);
	ck_assert_str_eq(x.val[4].str, "step");
	ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
	lexed_free(&x);
}
END_TEST

START_TEST(empty_backticks_are_an_error)
{
	struct lexed x;
	lex(&x, "a `` b");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 1);
	ck_assert_ptr_nonnull(diag_find(x.d, "syntax", 1, 3, "empty name in backticks"));
	ck_assert_int_eq(x.n, 2); /* a, b */
	ck_assert_str_eq(x.val[1].str, "b");
	lexed_free(&x);
}
END_TEST

/* A backtick name may not run past the end of its line. */
START_TEST(unterminated_backtick_is_an_error)
{
	struct lexed x;
	lex(&x, "a `date-of\nb");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 1);
	ck_assert_ptr_nonnull(diag_find(x.d, "syntax", 1, 3, "unterminated name in backticks"));
	ck_assert_int_eq(x.n, 2);
	ck_tok(&x, 1, NAME, 2, 1, 2);
	lexed_free(&x);
}
END_TEST

START_TEST(integers_and_decimals)
{
	struct lexed x;
	lex(&x, "0 42 3.25 007 10.0");
	ck_assert_int_eq(x.n, 5);
	ck_tok(&x, 0, NUMBER, 1, 1, 2);
	ck_assert_double_eq(x.val[0].num, 0);
	ck_tok(&x, 1, NUMBER, 1, 3, 5);
	ck_assert_double_eq(x.val[1].num, 42);
	ck_tok(&x, 2, NUMBER, 1, 6, 10);
	ck_assert_double_eq(x.val[2].num, 3.25);
	ck_tok(&x, 3, NUMBER, 1, 11, 14);
	ck_assert_double_eq(x.val[3].num, 7);
	ck_tok(&x, 4, NUMBER, 1, 15, 19);
	ck_assert_double_eq(x.val[4].num, 10);
	lexed_free(&x);
}
END_TEST

/* `0..10` is a range: number, `..`, number, not "0." then ".10". */
START_TEST(range_lexes_as_number_dotdot_number)
{
	struct lexed x;
	lex(&x, "0..10");
	ck_assert_int_eq(x.n, 3);
	ck_tok(&x, 0, NUMBER, 1, 1, 2);
	ck_assert_double_eq(x.val[0].num, 0);
	ck_tok(&x, 1, DOTDOT, 1, 2, 4);
	ck_tok(&x, 2, NUMBER, 1, 4, 6);
	ck_assert_double_eq(x.val[2].num, 10);
	lexed_free(&x);

	lex(&x, "1.5..2.75");
	ck_assert_int_eq(x.n, 3);
	ck_tok(&x, 0, NUMBER, 1, 1, 4);
	ck_assert_double_eq(x.val[0].num, 1.5);
	ck_tok(&x, 1, DOTDOT, 1, 4, 6);
	ck_tok(&x, 2, NUMBER, 1, 6, 10);
	ck_assert_double_eq(x.val[2].num, 2.75);
	lexed_free(&x);

	lex(&x, "0 .. 24");
	ck_assert_int_eq(x.n, 3);
	ck_tok(&x, 1, DOTDOT, 1, 3, 5);
	lexed_free(&x);
}
END_TEST

START_TEST(operators_and_punctuation)
{
	struct lexed x;
	lex(&x, "== != <= >= < > = + - * / ( ) { } , : .");
	static const int kinds[] = { EQ, NE, LE, GE, LT, GT, '=', '+', '-', '*', '/', '(', ')', '{', '}',
		                     ',', ':', '.' };
	ck_assert_int_eq(x.n, (int)(sizeof kinds / sizeof *kinds));
	int col = 1;
	for (int i = 0; i < x.n; i++) {
		ck_assert_int_eq(x.kind[i], kinds[i]);
		ck_assert_int_eq(x.loc[i].first_column, col);
		col = x.loc[i].last_column + 1;
	}
	ck_assert_int_eq(x.loc[0].last_column, 3);
	ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
	lexed_free(&x);
}
END_TEST

/* `<=5` and `a.b` without spaces. */
START_TEST(tokens_without_spaces)
{
	struct lexed x;
	lex(&x, "pain>=7 posture.improved");
	ck_assert_int_eq(x.n, 6);
	ck_tok(&x, 0, NAME, 1, 1, 5);
	ck_tok(&x, 1, GE, 1, 5, 7);
	ck_tok(&x, 2, NUMBER, 1, 7, 8);
	ck_tok(&x, 3, NAME, 1, 9, 16);
	ck_tok(&x, 4, '.', 1, 16, 17);
	ck_tok(&x, 5, NAME, 1, 17, 25);
	lexed_free(&x);
}
END_TEST

/* Lines and columns are 1-based; comments and newlines vanish; a tab is
 * one character; CRLF line ends work. */
START_TEST(lines_columns_and_comments)
{
	struct lexed x;
	lex(&x, "# a comment: step \"x\"\n"
	        "  check a # trailing\n"
	        "\n"
	        "\tstep\r\n"
	        "b");
	ck_assert_int_eq(x.n, 4);
	ck_tok(&x, 0, CHECK, 2, 3, 8);
	ck_tok(&x, 1, NAME, 2, 9, 10);
	ck_tok(&x, 2, STEP, 4, 2, 6);
	ck_tok(&x, 3, NAME, 5, 1, 2);
	ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
	lexed_free(&x);
}
END_TEST

START_TEST(string_value_and_location)
{
	struct lexed x;
	lex(&x, "title \"Safe release\" x");
	ck_assert_int_eq(x.n, 3);
	ck_tok(&x, 1, STRING, 1, 7, 21);
	ck_assert_str_eq(x.val[1].str, "Safe release");
	ck_tok(&x, 2, NAME, 1, 22, 23);
	lexed_free(&x);
}
END_TEST

/* Columns count characters: after "héllo" (7 characters, 8 bytes) the
 * next token is at column 9, and a token's end column too. */
START_TEST(columns_count_characters_after_utf8)
{
	struct lexed x;
	lex(&x, "\"h\xc3\xa9llo\" x \"\xe2\x86\x92\xf0\x9f\x98\x80\" y");
	ck_assert_int_eq(x.n, 4);
	ck_tok(&x, 0, STRING, 1, 1, 8);
	ck_assert_str_eq(x.val[0].str, "h\xc3\xa9llo");
	ck_tok(&x, 1, NAME, 1, 9, 10);
	ck_tok(&x, 2, STRING, 1, 11, 15);
	ck_tok(&x, 3, NAME, 1, 16, 17);
	ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
	lexed_free(&x);
}
END_TEST

/* The four escapes of language.md: \" \\ \n \t. */
START_TEST(string_escapes)
{
	struct lexed x;
	lex(&x, "\"a\\\"b\\\\c\\nd\\te\" z");
	ck_assert_int_eq(x.n, 2);
	ck_tok(&x, 0, STRING, 1, 1, 16);
	ck_assert_str_eq(x.val[0].str, "a\"b\\c\nd\te");
	ck_tok(&x, 1, NAME, 1, 17, 18);
	ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
	lexed_free(&x);

	/* An escaped backslash before the closing quote ends the string. */
	lex(&x, "\"\\\\\" z");
	ck_assert_int_eq(x.n, 2);
	ck_assert_str_eq(x.val[0].str, "\\");
	ck_tok(&x, 1, NAME, 1, 6, 7);
	lexed_free(&x);
}
END_TEST

/* Any other escape is an error at the backslash. */
START_TEST(unknown_escape_is_an_error)
{
	struct lexed x;
	lex(&x, "x \"ab\\qc\"");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 1);
	ck_assert_msg(diag_find(x.d, "syntax", 1, 6, "unknown escape '\\q' in string (use \\\" \\\\ \\n or \\t)"),
	              "got: %s", diags_text(x.d));
	ck_assert_int_eq(x.n, 2);
	ck_assert_int_eq(x.kind[1], STRING);
	lexed_free(&x);
}
END_TEST

/* The column of an unknown escape counts characters, so UTF-8 before it
 * in the string does not shift the caret.  Here the backslash is
 * character 3 (byte 4). */
START_TEST(unknown_escape_column_counts_characters)
{
	struct lexed x;
	lex(&x, "\"\xc3\xa9\\q\"");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 1);
	const struct plinth_diagnostic *g = plinth_diagnostics_get(x.d, 0);
	ck_assert_int_eq(g->line, 1);
	ck_assert_int_eq(g->column, 3);
	lexed_free(&x);
}
END_TEST

/* A string may not span lines: a diagnostic at its start, and scanning
 * goes on with the next line. */
START_TEST(unterminated_string)
{
	struct lexed x;
	lex(&x, "step a \"Assess\n  b");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 1);
	ck_assert_msg(diag_find(x.d, "syntax", 1, 8, "unterminated string (a string ends on the line it starts)"),
	              "got: %s", diags_text(x.d));
	ck_assert_int_eq(x.n, 4);
	ck_assert_int_eq(x.kind[2], STRING);
	ck_tok(&x, 3, NAME, 2, 3, 4);
	lexed_free(&x);

	/* At the end of input, and after a trailing backslash. */
	lex(&x, "\"abc");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 1);
	ck_assert_ptr_nonnull(diag_find(x.d, "syntax", 1, 1,
	                                "unterminated string (a string ends on the line it starts)"));
	lexed_free(&x);
	lex(&x, "\"abc\\\nx");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 1);
	ck_assert_ptr_nonnull(diag_find(x.d, "syntax", 1, 1,
	                                "unterminated string (a string ends on the line it starts)"));
	ck_tok(&x, x.n - 1, NAME, 2, 1, 2);
	lexed_free(&x);
}
END_TEST

START_TEST(unexpected_characters)
{
	struct lexed x;
	lex(&x, "a @ b ; \xc3\xa9 c");
	ck_assert_int_eq(plinth_diagnostics_errors(x.d), 3);
	ck_assert_ptr_nonnull(diag_find(x.d, "syntax", 1, 3, "unexpected character '@'"));
	ck_assert_ptr_nonnull(diag_find(x.d, "syntax", 1, 7, "unexpected character ';'"));
	ck_assert_ptr_nonnull(diag_find(x.d, "syntax", 1, 9,
	                                "unexpected non-ASCII character outside a string or comment"));
	ck_assert_int_eq(x.n, 3);
	ck_tok(&x, 2, NAME, 1, 11, 12);
	lexed_free(&x);
}
END_TEST

/* UTF-8 in a comment is fine and does not disturb the next line. */
START_TEST(utf8_in_comment)
{
	struct lexed x;
	lex(&x, "# r\xc3\xa9sum\xc3\xa9 \xe2\x86\x92 ok\nx");
	ck_assert_int_eq(plinth_diagnostics_count(x.d), 0);
	ck_assert_int_eq(x.n, 1);
	ck_tok(&x, 0, NAME, 2, 1, 2);
	lexed_free(&x);
}
END_TEST

/* Compiles src (len bytes, NULs included) and counts its errors. */
static int errors_in(const char *src, size_t len)
{
	plinth_diagnostics *d;
	plinth_protocol *p = plinth_compile("t.plinth", src, len, &d);
	int n = plinth_diagnostics_errors(d);
	plinth_protocol_free(p);
	plinth_diagnostics_free(d);
	return n;
}

/* include/plinth.h: "NUL bytes are errors".  Outside a string the
 * scanner says so. */
START_TEST(nul_byte_outside_string)
{
	static const char src[] = "protocol t \"T\" {\0 record { } }";
	ck_assert_int_ge(errors_in(src, sizeof src - 1), 1);
	static const char ok[] = "protocol t \"T\" { record { } }";
	ck_assert_int_eq(errors_in(ok, sizeof ok - 1), 0);
}
END_TEST

/* A NUL byte is an error inside a string or a comment too: never
 * accepted, and never a silent end of the string. */
START_TEST(nul_byte_in_string_or_comment)
{
	static const char in_string[] = "protocol t \"T\0x\" { record { } }";
	static const char in_comment[] = "protocol t \"T\" { # c\0x\n record { } }";
	ck_assert_int_ge(errors_in(in_string, sizeof in_string - 1), 1);
	ck_assert_int_ge(errors_in(in_comment, sizeof in_comment - 1), 1);
}
END_TEST

Suite *lexer_suite(void)
{
	Suite *s = suite_create("lexer");
	TCase *t = tcase_create("tokens");
	tcase_add_test(t, every_keyword_is_a_keyword);
	tcase_add_test(t, names_are_not_keywords);
	tcase_add_test(t, name_cannot_start_with_digit);
	tcase_add_test(t, backtick_names);
	tcase_add_test(t, empty_backticks_are_an_error);
	tcase_add_test(t, unterminated_backtick_is_an_error);
	tcase_add_test(t, integers_and_decimals);
	tcase_add_test(t, range_lexes_as_number_dotdot_number);
	tcase_add_test(t, operators_and_punctuation);
	tcase_add_test(t, tokens_without_spaces);
	tcase_add_test(t, lines_columns_and_comments);
	suite_add_tcase(s, t);
	t = tcase_create("strings");
	tcase_add_test(t, string_value_and_location);
	tcase_add_test(t, columns_count_characters_after_utf8);
	tcase_add_test(t, string_escapes);
	tcase_add_test(t, unknown_escape_is_an_error);
	tcase_add_test(t, unknown_escape_column_counts_characters);
	tcase_add_test(t, unterminated_string);
	tcase_add_test(t, unexpected_characters);
	tcase_add_test(t, utf8_in_comment);
	tcase_add_test(t, nul_byte_outside_string);
	tcase_add_test(t, nul_byte_in_string_or_comment);
	suite_add_tcase(s, t);
	return s;
}

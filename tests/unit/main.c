/* Runs every unit suite and prints Check's summary; exits nonzero when
 * any test fails. */
#include <stdlib.h>

#include "suites.h"

int main(void)
{
	SRunner *sr = srunner_create(lexer_suite());
	srunner_add_suite(sr, parser_suite());
	srunner_add_suite(sr, resolve_suite());
	srunner_add_suite(sr, logic_suite());
	srunner_add_suite(sr, status_suite());
	srunner_add_suite(sr, order_suite());
	srunner_add_suite(sr, reader_suite());
	srunner_add_suite(sr, explain_suite());
	srunner_add_suite(sr, outbuf_suite());
	srunner_add_suite(sr, names_suite());
	srunner_add_suite(sr, xlist_suite());
	srunner_add_suite(sr, tables_suite());
	srunner_add_suite(sr, yparser_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

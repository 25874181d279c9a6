/* One Check suite per area of plinth; tests/unit/main.c runs them all. */
#ifndef PLINTH_TEST_SUITES_H
#define PLINTH_TEST_SUITES_H

#include <check.h>

Suite *lexer_suite(void);
Suite *parser_suite(void);
Suite *resolve_suite(void);
Suite *logic_suite(void);
Suite *status_suite(void);
Suite *order_suite(void);
Suite *reader_suite(void);
Suite *explain_suite(void);
Suite *outbuf_suite(void);
Suite *names_suite(void);
Suite *xlist_suite(void);
Suite *tables_suite(void);
Suite *yparser_suite(void);

#endif

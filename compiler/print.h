/* Prints conditions and paths back as protocol source, in one canonical
 * spelling: used for clause descriptions in results, and by fmt. */
#ifndef PLINTH_PRINT_H
#define PLINTH_PRINT_H

#include "ast.h"

const char *print_expr(struct arena *a, const struct node *n);
const char *print_path(struct arena *a, const struct path *p);
const char *print_name(struct arena *a, const char *name);
const char *print_number(struct arena *a, double v);
const char *print_string(struct arena *a, const char *s);
bool is_keyword(const char *s);

#endif

/* The fields a condition reads, through the checks it names too, for
 * explain and for the fields a clause's reasons name.  Each check's
 * fields are found once and kept, so a check named twice (`c = d or d`)
 * is not read twice, nor the checks under it: the time is in the size
 * of the conditions and of the lists found, never in the number of
 * ways down through the checks. */
#ifndef PLINTH_READS_H
#define PLINTH_READS_H

#include "ast.h"

struct reads;

/* For protocol p (compiled without errors, so no check cycles) whose
 * fields are slots 0..nslots-1; check_order has every check after
 * those it names (order_checks).  Lives in a; reads_free frees the
 * little it keeps outside. */
struct reads *reads_new(struct arena *a, const struct protocol_ast *p, struct check *const *check_order, int nslots);
void reads_free(struct reads *r);

/* The slots cond reads, in slot order (the order the fields are
 * declared in); *n of them.  The list lives in the arena. */
const int *reads_of(struct reads *r, const struct node *cond, int *n);

/* Per check index, for memos of the lowering: 0 until set. */
signed char *reads_check_memo(struct reads *r);

#endif

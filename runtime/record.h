/* One client record as the runtime holds it: a value per declared
 * field, the check results and the steps already done.  Reset per
 * record; text points into the record arena. */
#ifndef PLINTH_RECORD_H
#define PLINTH_RECORD_H

#include "program.h"

enum tri { T_FALSE, T_TRUE, T_UNKNOWN };

struct value {
	bool present; /* false: missing, or null in the YAML */
	bool seen;    /* the key appeared, for duplicate detection */
	union {
		double num;
		uint64_t mask;
		int member;
		bool b;
	};
	const char *text;
	size_t len;
	int line, column;
};

struct record {
	struct value *values; /* nslots */
	uint8_t *checks;      /* enum tri, by check index */
	bool *done;           /* by plan position */
	uint8_t *gives;       /* room for what each clause of a step gives:
	                         max_clauses, for evaluate's use */
};

/* Fills in what every record's decisions share: names and texts. */
void decisions_init(const struct plinth_protocol *p, struct plinth_decision *decisions);
/* Evaluates every check, then every step in plan order, writing one
 * decision per step into decisions (set up by decisions_init).
 * Reasons and messages go to `a`. */
void evaluate(const struct plinth_protocol *p, struct record *r, struct arena *a,
              struct plinth_decision *decisions);

enum tri eval_cond(const struct plinth_protocol *p, const struct record *r, int x);

#endif

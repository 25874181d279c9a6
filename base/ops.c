/* The columns of the operator tables, by operator. */
#include "ops.h"

static const struct cmp_row {
	const char *spelling;
	enum cmp swapped, negated;
	bool orders;
} cmp_rows[] = {
#define CMP_ROW(name, spelling, swapped, negated, orders) { spelling, C_##swapped, C_##negated, orders },
	CMP_OPS(CMP_ROW)
#undef CMP_ROW
};

static const char *const arith_spellings[] = {
#define ARITH_SPELLING(name, spelling) spelling,
	ARITH_OPS(ARITH_SPELLING)
#undef ARITH_SPELLING
};

const char *cmp_spelling(enum cmp op)
{
	return cmp_rows[op].spelling;
}

enum cmp cmp_swapped(enum cmp op)
{
	return cmp_rows[op].swapped;
}

enum cmp cmp_negated(enum cmp op)
{
	return cmp_rows[op].negated;
}

bool cmp_orders(enum cmp op)
{
	return cmp_rows[op].orders;
}

const char *arith_spelling(enum arith op)
{
	return arith_spellings[op];
}

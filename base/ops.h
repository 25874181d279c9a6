/* The operators of conditions, each defined once.  The syntax tree
 * (compiler/ast.h) and the compiled program (runtime/program.h) hold the
 * same enums, so nothing is cast from one operator to another; every
 * spelling, and how a comparison turns when its sides are swapped or it
 * is negated, is a column of the table.  What an operator computes is
 * said in switches the compiler checks: runtime/eval.c, compiler/lint.c. */
#ifndef PLINTH_OPS_H
#define PLINTH_OPS_H

#include <stdbool.h>

/* X(NAME, spelling, the operator with the sides swapped ("a < b" is
 * "b > a"), its negation ("not a < b" is "a >= b"), whether it orders
 * numbers rather than telling values equal or not).  Row NAME is C_NAME. */
#define CMP_OPS(X)                 \
	X(EQ, "==", EQ, NE, false) \
	X(NE, "!=", NE, EQ, false) \
	X(LT, "<",  GT, GE, true)  \
	X(LE, "<=", GE, GT, true)  \
	X(GT, ">",  LT, LE, true)  \
	X(GE, ">=", LE, LT, true)

/* X(NAME, spelling).  Row NAME is A_NAME. */
#define ARITH_OPS(X) \
	X(ADD, "+")  \
	X(SUB, "-")  \
	X(MUL, "*")  \
	X(DIV, "/")

#define CMP_ENUMERATOR(name, ...) C_##name,
enum cmp { CMP_OPS(CMP_ENUMERATOR) };
#undef CMP_ENUMERATOR

#define ARITH_ENUMERATOR(name, ...) A_##name,
enum arith { ARITH_OPS(ARITH_ENUMERATOR) };
#undef ARITH_ENUMERATOR

const char *cmp_spelling(enum cmp op);
enum cmp cmp_swapped(enum cmp op);
enum cmp cmp_negated(enum cmp op);
bool cmp_orders(enum cmp op);
const char *arith_spelling(enum arith op);

#endif

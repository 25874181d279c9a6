/* The compiled protocol: flat arrays indexed by small integers, built
 * once by compiler/lower.c and only read while records stream through.
 * Everything here lives in the protocol's arena. */
#ifndef PLINTH_PROGRAM_H
#define PLINTH_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../base/xlist.h"
#include "../include/plinth.h"
#include "../base/arena.h"
#include "../base/names.h"
#include "../base/ops.h"
#include "../base/outbuf.h"

enum slot_type { SL_BOOL, SL_INT, SL_NUMBER, SL_TEXT, SL_ENUM, SL_SET };

/* One declared record field. */
struct slot {
	const char *path;
	enum slot_type type;
	bool has_range, required;
	double lo, hi;
	int nmembers;
	const char *const *members;
	struct names member_names;
};

/* A trie over field paths: node 0 is the record's top mapping.  A node
 * is a leaf (slot >= 0) or a mapping with children edges[first..+n). */
struct trie_node {
	const char *path; /* "" for the top */
	int slot;
	int first, n;
	struct names keys; /* the key of edges[first + i] is name i */
};
struct trie_edge {
	int child;
};

/* Expression instructions, evaluated with three-valued logic.  Operands
 * are indices into program.x; ORDER: conditions first, then values. */
enum xop {
	X_TRUE, X_FALSE, X_AND, X_OR, X_NOT,
	X_CHECK,     /* idx: the check's value this record */
	X_BOOLFIELD, /* slot */
	X_CMP,       /* cmp, a, b */
	X_HAS,       /* slot (a set), mask: the member's bit */
	X_ENUM_IN,   /* a (an enum value), mask of members */
	X_RANGE,     /* a (a number), lo..hi */
	X_MISSING,   /* slot; never unknown */
	X_EMPTY,     /* slot (a set) */
	/* a field against constants, the commonest conditions, without the
	 * general value path: */
	X_FIELD_CMP,   /* slot (a number) cmp num */
	X_FIELD_IS,    /* slot (one of) == or != (cmp) member idx */
	X_FIELD_IN,    /* slot (one of) in mask */
	X_FIELD_RANGE, /* slot (a number) in lo..hi */
	X_IN_LIST,     /* a (a number or text) in list: one lookup, however long */
	/* values */
	XV_NUM, XV_STR, XV_MEMBER, XV_BOOL, XV_FIELD, XV_COUNT, XV_ARITH, XV_CHECK,
};

struct xnode {
	uint8_t op;    /* enum xop */
	uint8_t cmp;   /* X_CMP, X_FIELD_CMP, X_FIELD_IS: enum cmp (base/ops.h);
	                  XV_ARITH: enum arith */
	int a, b;
	int slot, idx;
	double num, lo, hi; /* XV_NUM: num; X_RANGE: lo, hi */
	uint64_t mask;
	union {
		const char *str;          /* XV_STR */
		const struct xlist *list; /* X_IN_LIST */
	};
	size_t len;
	bool b_val;         /* XV_BOOL */
};

struct pclause {
	enum plinth_clause_kind kind;
	int cond;             /* root in program.x */
	const char *message;  /* as written, or `source` itself when none is */
	const char *source;   /* "only if X in Y": the clause, re-printed */
	const char *text;     /* "X in Y": its condition alone, for explain */
	const char *const *cites; int ncites;
	const int *reads; int nreads;   /* every slot it reads, through
	                         checks too; ascending, so in declaration order */
	int line, column;
	/* Its unassessed reason when its one field is missing, fixed: NULL
	 * if it reads more fields, or computes (a division by zero or a
	 * number too large is unknown with no field missing). */
	const char *missing_message;
	const char *const *missing_fields; /* that field's path, alone */
};

/* A check as written, for explanations; evaluation needs only
 * check_root and check_order. */
struct pcheck {
	const char *name, *question; /* question: NULL if none */
	const char *text;            /* the condition, re-printed */
	const int *reads; int nreads; /* as pclause.reads */
	int line, column;            /* the 'check' keyword */
};

struct pstep {
	const char *name, *title, *stage;
	struct pclause *clauses; int nclauses; /* the stage's, then the step's */
	int *after; int nafter;                /* plan positions */
	const char **after_message;            /* "after X, which is blocked", by after[] */
	const char *const *techniques; int ntechniques;
	const char *const *notes; int nnotes;
};

struct protocol_ast;

struct plinth_protocol {
	struct arena arena;
	const char *file;
	const struct protocol_ast *ast; /* resolved, for graph and lints */
	struct slot *slots; int nslots;
	int *required; int nrequired;  /* the required slots, ascending */
	struct trie_node *trie; int ntrie;
	struct trie_edge *edges;
	struct xnode *x; int nx;
	int *check_root; int nchecks;  /* by check index */
	struct pcheck *checks;         /* by check index: as written */
	int *check_order;              /* users after what they use */
	struct pstep *steps; int nsteps; /* in plan order */
	const char **step_names;         /* in plan order */
	struct names steps_by_name;
	int max_clauses;               /* of any step */
	int id_slot;                   /* -1: records are named by position */
};

#endif

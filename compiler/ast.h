/* The protocol syntax tree.  Built by grammar/parser.y through the
 * constructors below, annotated in place by resolve.c, read by order.c
 * and lower.c.  Every node lives in the protocol's arena. */
#ifndef PLINTH_AST_H
#define PLINTH_AST_H

#include <stdbool.h>

#include "../include/plinth.h"
#include "../base/arena.h"
#include "../base/ops.h"
#include "loc.h"

struct path {
	int nseg;
	const char **segs;
	const char *text; /* segments joined with '.' */
	struct loc loc;
};

enum type_kind { TY_BOOL, TY_INT, TY_NUMBER, TY_TEXT, TY_ENUM, TY_SET };

struct member_list {
	struct vec names; /* const char * */
	struct vec locs;  /* struct loc * */
	struct loc loc;
};

struct type {
	enum type_kind kind;
	bool has_range;
	double lo, hi;
	struct loc range_loc;
	struct member_list *members; /* TY_ENUM, TY_SET */
};

enum modifier { MOD_REQUIRED = 1, MOD_ID = 2 };

struct field {
	struct path *path;
	struct type type;
	int mods;
	struct loc loc;
	struct loc span; /* the whole declaration */
	int slot;
	bool used;
};

/* Condition and value nodes share one struct; kind says which. */
enum node_kind {
	N_OR, N_AND, N_NOT,          /* a, b */
	N_TRUE, N_FALSE,
	N_NAME,                      /* path: check or bool field */
	N_CMP,                       /* cmp, a, b */
	N_IN,                        /* a in set; negate for 'not in' */
	N_MISSING, N_KNOWN, N_EMPTY, /* path; negate for 'is not' */
	/* values */
	V_PATH, V_NUM, V_STR, V_COUNT,
	V_ARITH,                     /* arith, a, b */
	/* the right side of 'in' */
	S_LIST,                      /* items */
	S_RANGE,                     /* lo, hi */
	S_PATH,                      /* path: a set field */
};

/* What resolve.c decided a node is. */
enum rtype {
	R_NONE,   /* unresolved or in error: no further diagnostics */
	R_COND,   /* a condition */
	R_NUM,    /* int or number value */
	R_TEXT,
	R_ENUM,   /* value of an enum field: etype says which */
	R_SET,    /* value of a set field */
	R_BOOL,   /* value of a bool field, or true/false */
	R_MEMBER, /* a member of etype's enum or set */
};

struct check;

struct node {
	enum node_kind kind;
	enum cmp cmp;           /* N_CMP */
	enum arith arith;       /* V_ARITH */
	bool negate;
	struct loc loc;
	struct node *a, *b;
	struct path *path;
	double num;
	const char *str;
	struct vec items;       /* S_LIST: struct node * */
	int depth;              /* operators on the longest path down from here */
	/* resolution */
	enum rtype rtype;
	struct field *field;    /* the field a path names */
	struct check *check;    /* N_NAME naming a check */
	struct type *etype;     /* R_ENUM, R_SET, R_MEMBER: the member list */
	int member;             /* R_MEMBER: index in etype */
	/* lint.c: the test as printed, made once */
	const char *lint_key;
	bool lint_key_flips;
};

struct check {
	const char *name;
	const char *question;
	struct node *cond;
	struct loc loc;  /* the name */
	struct loc span; /* 'check' to the end of the condition */
	int index;
	bool used;
	int visit; /* cycle detection */
	struct lint_memo *lint; /* lint.c: what it found out about the condition */
};

struct reference {
	const char *name;
	const char *text;
	struct loc loc;
	struct loc span;
	bool used;
};

/* Every clause of a stage or step: X(NAME, its keywords), row NAME being
 * CL_NAME.  The clauses that hold a condition come first, as the public
 * table has them, so CL_ONLY_IF has the value of PLINTH_ONLY_IF and the
 * compiled program keeps the kind as it is. */
#define CLAUSE_KINDS(X)         \
	PLINTH_CLAUSE_KINDS(X)  \
	X(AFTER,     "after")     \
	X(TECHNIQUE, "technique") \
	X(NOTE,      "note")

#define CLAUSE_ENUMERATOR(name, ...) CL_##name,
enum clause_kind { CLAUSE_KINDS(CLAUSE_ENUMERATOR) };
#undef CLAUSE_ENUMERATOR

/* "only if", "after": how the clause begins. */
const char *clause_keywords(enum clause_kind k);
/* Does a clause of this kind hold a condition (a plinth_clause_kind)? */
bool clause_has_condition(enum clause_kind k);
/* The public kind of a clause that holds a condition: the same value. */
static inline enum plinth_clause_kind clause_condition_kind(enum clause_kind k)
{
	return (enum plinth_clause_kind)k;
}

struct name_ref {
	const char *name;
	struct loc loc;
	void *target; /* resolved: struct step *, struct stage *, struct reference * */
	bool is_stage;
};

struct clause {
	enum clause_kind kind;
	struct loc loc;  /* the first keyword: where results point */
	struct loc span; /* the whole clause */
	struct node *cond;
	const char *text;  /* message, reason, technique or note */
	struct vec names;  /* struct name_ref *: after targets or cites */
};

struct stage;

struct step {
	const char *name;
	const char *title;
	struct loc loc;     /* the name */
	struct loc span;    /* 'step' to its title, or to its closing brace */
	bool braces;        /* written with a { } body, even an empty one */
	struct vec clauses; /* struct clause * */
	struct stage *stage;
	int index;          /* position as written, over the whole protocol */
	int order;          /* position in plan order */
	int visit;
	unsigned mark;      /* order.c: already among the targets being listed */
};

struct stage {
	const char *name;
	const char *title;
	struct loc loc;  /* the name */
	struct loc span; /* 'stage' to its closing brace */
	struct vec clauses;
	struct vec steps; /* struct step * */
	int index;
};

/* A comment as written, for fmt: text from '#' to the end of the line. */
struct comment {
	const char *text;
	struct loc loc;
};

struct protocol_ast {
	const char *name;
	const char *title;
	const char *version;
	struct loc loc;          /* 'protocol' */
	struct loc span;         /* 'protocol' to the closing brace */
	struct loc version_span; /* first_line 0 when there is none */
	struct loc record_span;  /* 'record' to its closing brace */
	struct vec comments;     /* struct comment *, in source order */
	struct vec refs;   /* struct reference * */
	struct vec fields; /* struct field * */
	struct vec checks; /* struct check * */
	struct vec stages; /* struct stage * */
};

/* Constructors: the grammar's only vocabulary. */
struct path *ast_path(struct arena *a, const char *seg, struct loc loc);
struct path *ast_path_add(struct arena *a, struct path *p, const char *seg, struct loc loc);
struct member_list *ast_members(struct arena *a, struct member_list *m, const char *name, struct loc loc);
struct type ast_type(enum type_kind kind, struct member_list *members);
struct type ast_type_range(enum type_kind kind, double lo, double hi, struct loc range_loc);
struct field *ast_field(struct arena *a, struct path *p, struct type t, int mods, struct loc span);
struct node *ast_binary(struct arena *a, enum node_kind k, struct node *l, struct node *r, struct loc loc);
struct node *ast_cmp(struct arena *a, enum cmp op, struct node *l, struct node *r, struct loc loc);
struct node *ast_arith(struct arena *a, enum arith op, struct node *l, struct node *r, struct loc loc);
struct node *ast_unary(struct arena *a, enum node_kind k, struct node *x, struct loc loc);
struct node *ast_leaf(struct arena *a, enum node_kind k, struct loc loc);
struct node *ast_pathnode(struct arena *a, enum node_kind k, struct path *p, bool negate, struct loc loc);
struct node *ast_num(struct arena *a, double v, struct loc loc);
struct node *ast_str(struct arena *a, const char *s, struct loc loc);
struct node *ast_in(struct arena *a, struct node *v, struct node *set, bool negate, struct loc loc);
struct node *ast_list(struct arena *a, struct node *list, struct node *item, struct loc loc);
struct node *ast_range(struct arena *a, double lo, double hi, struct loc loc);
struct check *ast_check(struct arena *a, const char *name, const char *q, struct node *c, struct loc loc,
                        struct loc span);
struct reference *ast_reference(struct arena *a, const char *name, const char *text, struct loc loc,
                                struct loc span);
struct clause *ast_clause(struct arena *a, enum clause_kind k, struct node *c, const char *text, struct loc span);
/* Sets where a clause built from parts starts and ends. */
struct clause *ast_clause_span(struct clause *c, struct node *cond, const char *text, struct loc span);
struct clause *ast_clause_names(struct arena *a, struct clause *c, const char *name, struct loc loc);
struct step *ast_step(struct arena *a, const char *name, const char *title, struct vec *clauses, bool braces,
                      struct loc loc, struct loc span);
struct stage *ast_stage(struct arena *a, const char *name, const char *title, struct vec *body, struct loc loc,
                        struct loc span);
/* A stage body mixes clauses and steps; items are tagged by this. */
struct body_item {
	struct clause *clause;
	struct step *step;
};
struct vec *ast_body(struct arena *a, struct vec *v, struct clause *c, struct step *s);
struct vec *ast_append(struct arena *a, struct vec *v, void *item);

#endif

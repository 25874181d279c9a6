/* plinth: compile treatment protocols and evaluate client records.
 *
 * Ownership, in one rule: what plinth returns, plinth owns.  A compiled
 * protocol owns everything reachable from it until plinth_protocol_free.
 * A result returned by plinth_reader_next, and every string and array it
 * points to, stays valid until the next call on that reader or until
 * plinth_reader_close.  Diagnostics live until plinth_diagnostics_free.
 * No function keeps a pointer to memory the caller passed in, except
 * plinth_reader_open, which keeps the FILE * (the caller closes it after
 * plinth_reader_close), and plinth_writer_new, which keeps the
 * protocol and o->protocol_file; the file name is copied.  Functions
 * that free accept NULL.
 * No call depends on an earlier call on the same thread (what a writer
 * keeps is in the writer), and plinth touches no stream but those it is
 * given.  Out of memory, plinth writes
 * "plinth: out of memory" to stderr and exits with status 2: no function
 * returns an allocation failure.  plinth(3) says more.
 */
#ifndef PLINTH_H
#define PLINTH_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PLINTH_VERSION "0.1.0"

typedef struct plinth_protocol plinth_protocol;
typedef struct plinth_diagnostics plinth_diagnostics;
typedef struct plinth_reader plinth_reader;

/* ---- Compiling ---------------------------------------------------- */

enum plinth_severity { PLINTH_ERROR, PLINTH_WARNING };

struct plinth_diagnostic {
	enum plinth_severity severity;
	const char *code;     /* stable kind, e.g. "undefined-name" */
	int line, column;     /* 1-based start */
	int end_line, end_column; /* end, column exclusive */
	const char *message;
};

/* Compiles the protocol text src (len bytes; NUL bytes are errors) and
 * names it `file` in messages.  Returns NULL when there are errors.
 * *diags always receives the diagnostics (possibly none); free it with
 * plinth_diagnostics_free. */
plinth_protocol *plinth_compile(const char *file, const char *src, size_t len,
                                plinth_diagnostics **diags);
/* Frees p and all it owns.  Close the readers on p first. */
void plinth_protocol_free(plinth_protocol *p);
/* The protocol's steps, in plan order: how many, and the name of step i
 * (0-based; NULL when out of range). */
int plinth_protocol_steps(const plinth_protocol *p);
const char *plinth_protocol_step(const plinth_protocol *p, int i);

/* How many diagnostics d holds; diagnostic i (0-based, in source order;
 * NULL when out of range), valid until plinth_diagnostics_free; how many
 * of them are errors, and how many warnings. */
size_t plinth_diagnostics_count(const plinth_diagnostics *d);
const struct plinth_diagnostic *plinth_diagnostics_get(const plinth_diagnostics *d, size_t i);
int plinth_diagnostics_errors(const plinth_diagnostics *d);
int plinth_diagnostics_warnings(const plinth_diagnostics *d);
/* Writes every diagnostic as FILE:LINE:COL: SEVERITY: MESSAGE, the
 * source line and a caret, in source order. */
void plinth_diagnostics_print(FILE *out, const plinth_diagnostics *d);
/* The same, with ANSI colours when color is nonzero: "error" in bold
 * red, "warning" in bold magenta, the caret in green.  Whether out is a
 * terminal that wants colour is the caller's to decide. */
void plinth_diagnostics_print_color(FILE *out, const plinth_diagnostics *d, int color);
/* Writes one JSON object per line per diagnostic: file, line, column,
 * end_line, end_column, severity, code, message. */
void plinth_diagnostics_print_json(FILE *out, const plinth_diagnostics *d);
/* Writes one SARIF 2.1.0 log with a run whose results are the
 * diagnostics of the n files in list. */
void plinth_diagnostics_print_sarif(FILE *out, plinth_diagnostics *const *list, size_t n);
/* Frees d and every diagnostic in it. */
void plinth_diagnostics_free(plinth_diagnostics *d);

/* ---- Authoring tools ---------------------------------------------- */

/* Writes protocol source in its one canonical layout, every comment
 * kept.  The source need only parse: names and types are not checked.
 * Returns 0, or -1 when it has syntax errors; *diags always receives
 * the diagnostics (free with plinth_diagnostics_free). */
int plinth_format(const char *file, const char *src, size_t len, FILE *out,
                  plinth_diagnostics **diags);

enum plinth_graph_format { PLINTH_GRAPH_DOT, PLINTH_GRAPH_MERMAID };

/* Draws a compiled protocol: stages as clusters in order, steps as
 * nodes, 'after' as edges, requirements and contraindications as
 * labelled notes with their citations. */
void plinth_write_graph(FILE *out, const plinth_protocol *p, enum plinth_graph_format f);

/* ---- Evaluating records ------------------------------------------- */

/* Statuses, reason kinds, clause kinds and formats are each defined once,
 * by a table of X(NAME, ...) rows: the enum below it is made from the
 * table (row NAME is PLINTH_NAME, numbered from 0 as listed: ORDER is the
 * C API), and every spelling of the members, in output, options and test
 * files, is a column of the same table. */
#define PLINTH_ENUMERATOR(name, ...) PLINTH_##name,
/* How many rows a table has: (0 PLINTH_STATUSES(PLINTH_PLUS_ONE)). */
#define PLINTH_PLUS_ONE(...) +1

/* X(NAME, its name in every output, the heading of its section in text
 * and the key of its list in JSON and in test files, the place of that
 * section among the others: done is listed before skipped). */
#define PLINTH_STATUSES(X)                 \
	X(PLANNED, "planned", "plan",    0) \
	X(BLOCKED, "blocked", "blocked", 1) \
	X(SKIPPED, "skipped", "skipped", 3) \
	X(DONE,    "done",    "done",    2)

enum plinth_status { PLINTH_STATUSES(PLINTH_ENUMERATOR) };

/* X(NAME, its name in every output), in the order reasons are listed:
 * the kinds that block a step, then PLINTH_CAUTION, which is only ever in
 * plinth_decision.cautions. */
#define PLINTH_BLOCKING_REASON_KINDS(X)      \
	X(CONTRAINDICATED, "contraindicated") \
	X(UNASSESSED,      "unassessed")      \
	X(UNMET,           "unmet")           \
	X(DEPENDENCY,      "dependency")
#define PLINTH_REASON_KINDS(X)          \
	PLINTH_BLOCKING_REASON_KINDS(X) \
	X(CAUTION, "caution")

enum plinth_reason_kind { PLINTH_REASON_KINDS(PLINTH_ENUMERATOR) };

struct plinth_reason {
	enum plinth_reason_kind kind;
	const char *message;
	const char *const *cites; int ncites;   /* reference names */
	const char *const *fields; int nfields; /* missing fields (unassessed) */
	const char *after;      /* PLINTH_DEPENDENCY: the blocked step */
	int line, column;       /* the clause in the protocol; 0 if none */
	int clause;             /* which of the step's clauses gave it (0-based:
	                           the stage's, then the step's, as written);
	                           PLINTH_DEPENDENCY: which of the steps it comes
	                           after (0-based, in plan order) */
};

struct plinth_decision {
	const char *step, *stage, *title;
	enum plinth_status status;
	int seq;                /* 1-based place in the plan; 0 unless planned */
	const struct plinth_reason *reasons; int nreasons;   /* blocked */
	const struct plinth_reason *cautions; int ncautions; /* planned; kind
	                           PLINTH_CAUTION, or PLINTH_UNASSESSED when the
	                           caution's condition could not be evaluated */
	const char *const *techniques; int ntechniques;
	const char *const *notes; int nnotes;
};

struct plinth_result {
	long record;            /* 1-based position in the whole run */
	const char *file;       /* as given to plinth_reader_open */
	int line;               /* where the record's document starts */
	const char *id;         /* the id field's text, or NULL */
	const char *error;      /* non-NULL: the record is invalid */
	int error_line, error_column;
	const struct plinth_decision *decisions; int ndecisions; /* plan order */
};

enum plinth_reader_flags {
	PLINTH_STRICT = 1, /* undeclared record keys are record errors */
};

/* Streams the YAML documents of `in` through protocol p.  Records are
 * numbered from first_record.  `in` is read through stdio, from where
 * the caller left it (what it has read is not read again), in large
 * reads: on a pipe, a record is planned once a buffer's worth has come
 * or the input ended; plinth_reader_open_input can do better.  The
 * reader does not close `in`. */
plinth_reader *plinth_reader_open(const plinth_protocol *p, FILE *in, const char *file,
                                  unsigned flags, long first_record);

/* Input from the caller, as libyaml's yaml_parser_set_input: read fills
 * up to n bytes at buf and returns how many, 0 at the end of input or -1
 * when reading failed; like read(2) it may return fewer than n, what
 * there is.  ready (may be NULL: always) says whether a read would
 * return without waiting; when it would wait, plinth_plan_input first
 * writes out every result it holds, so a pipe's records are answered as
 * they come. */
struct plinth_input {
	long (*read)(void *data, char *buf, size_t n);
	int (*ready)(void *data);
	void *data;
};
/* plinth_reader_open, reading from *in (copied). */
plinth_reader *plinth_reader_open_input(const plinth_protocol *p, const struct plinth_input *in,
                                        const char *file, unsigned flags, long first_record);
/* The next record's result, or NULL at the end of input. */
const struct plinth_result *plinth_reader_next(plinth_reader *r);
/* Evaluates one record given as the text of one YAML document, placed
 * at line first_line of the reader's file for messages (columns are
 * taken as they are in the text).  `in` may be NULL for a reader used
 * only this way.  The result is valid until the next call on r. */
const struct plinth_result *plinth_reader_eval(plinth_reader *r, const char *yaml, size_t len,
                                               int first_line);
/* Nonzero when reading `in` failed (not a bad record: an I/O error). */
int plinth_reader_io_error(const plinth_reader *r);
/* Frees r and its last result and explanation; does not close `in`. */
void plinth_reader_close(plinth_reader *r);

/* ---- Explaining results ------------------------------------------- */

enum plinth_truth { PLINTH_FALSE, PLINTH_TRUE, PLINTH_UNKNOWN };

/* The clauses that hold a condition: X(NAME, its keywords as written). */
#define PLINTH_CLAUSE_KINDS(X)                    \
	X(ONLY_IF,            "only if")            \
	X(REQUIRES,           "requires")           \
	X(CONTRAINDICATED_IF, "contraindicated if") \
	X(CAUTION_IF,         "caution if")

enum plinth_clause_kind { PLINTH_CLAUSE_KINDS(PLINTH_ENUMERATOR) };

/* A field a condition reads, as the record gave it. */
struct plinth_field_value {
	const char *field;      /* its path */
	const char *value;      /* as YAML would show it; NULL when missing */
	int line, column;       /* where the record gave it; 0 when missing */
};

/* A condition's value for one record, and what it read. */
struct plinth_condition {
	const char *text;       /* as source: "pain >= 7" */
	enum plinth_truth value;
	int line, column;       /* the clause or check in the protocol */
	const struct plinth_field_value *fields; int nfields; /* every field
	                           it reads, through checks too, in the order
	                           declared */
};

struct plinth_check_value {
	const char *check, *question;  /* question: NULL if none */
	struct plinth_condition cond;
};

struct plinth_clause_value {
	enum plinth_clause_kind kind;
	const char *message;           /* the clause's text, or NULL */
	struct plinth_condition cond;
};

struct plinth_step_explanation {
	const char *step;
	enum plinth_status status;
	/* every condition clause: the stage's, then the step's, as written;
	 * evaluated even for a done or skipped step */
	const struct plinth_clause_value *clauses; int nclauses;
};

struct plinth_explanation {
	const struct plinth_check_value *checks; int nchecks;        /* as written */
	const struct plinth_step_explanation *steps; int nsteps;     /* plan order */
};

/* Explains the result plinth_reader_next or plinth_reader_eval last
 * returned: every check and clause with its value and the field values
 * it read.  NULL when that record was invalid.  Valid until the next
 * call on r. */
const struct plinth_explanation *plinth_reader_explain(plinth_reader *r);

/* ---- Writing results ---------------------------------------------- */

/* X(NAME, its name on the command line (-f), whether it can carry an
 * explanation: plinth_output.explain). */
#define PLINTH_FORMATS(X)  \
	X(TEXT, "text", 1) \
	X(JSON, "json", 1) \
	X(TSV,  "tsv",  0)

enum plinth_format { PLINTH_FORMATS(PLINTH_ENUMERATOR) };

struct plinth_output {
	enum plinth_format format;
	unsigned only;       /* bit (1 << status) per status to show; 0: all */
	const char *protocol_file; /* names clause locations ("at") */
	int explain;         /* with each result, its explanation (text, json) */
};

typedef struct plinth_writer plinth_writer;

/* A writer of results as o says, and what it keeps from result to
 * result: its buffers and, given the results' protocol p (may be NULL),
 * the protocol's fixed text, rendered once.  The caller owns it, uses it
 * from one thread at a time, and frees it with plinth_writer_free; it
 * copies *o and keeps p, which must outlive it. */
plinth_writer *plinth_writer_new(const plinth_protocol *p, const struct plinth_output *o);
/* Writes r, with the explanation x (may be NULL) when o->explain is
 * set, as `plinth plan` does: with only the steps whose status o->only
 * selects. */
void plinth_writer_write(plinth_writer *w, FILE *out, const struct plinth_result *r,
                         const struct plinth_explanation *x);
void plinth_writer_free(plinth_writer *w);

/* The TSV header row; nothing for the other formats. */
void plinth_write_header(FILE *out, const struct plinth_output *o);
/* One result, with a writer made and freed for it: for a few results;
 * a stream of them is faster through one plinth_writer. */
void plinth_write_result(FILE *out, const struct plinth_output *o,
                         const struct plinth_result *r);
/* As plinth_write_result, with the explanation x (may be NULL) when
 * o->explain is set. */
void plinth_write_explained(FILE *out, const struct plinth_output *o,
                            const struct plinth_result *r, const struct plinth_explanation *x);

/* The names every output format uses ("planned", "contraindicated"...):
 * static strings. */
const char *plinth_status_name(enum plinth_status s);
const char *plinth_reason_kind_name(enum plinth_reason_kind k);

/* ---- Planning a whole stream ---------------------------------------- */

struct plinth_stream_summary {
	long records;            /* results written */
	int invalid;             /* some record was invalid */
	unsigned blocked_kinds;  /* bit (1 << kind) for every reason kind seen */
	int io_error;            /* reading `in` failed */
	int write_error;         /* writing to out failed: why (errno), 0 if it
	                            did not or the reason is not known (then
	                            ferror(out) tells) */
};

/* Plans every record of `in` and writes each result with o to out, in
 * input order, adding to *sum (which the caller zeroes once).  With jobs
 * above 1, records are planned on that many threads; the output is the
 * same byte for byte.  Records are numbered from first_record. */
void plinth_plan_stream(const plinth_protocol *p, FILE *in, const char *file, unsigned flags,
                        long first_record, const struct plinth_output *o, FILE *out, int jobs,
                        struct plinth_stream_summary *sum);
/* plinth_plan_stream, reading from *in. */
void plinth_plan_input(const plinth_protocol *p, const struct plinth_input *in, const char *file,
                       unsigned flags, long first_record, const struct plinth_output *o, FILE *out,
                       int jobs, struct plinth_stream_summary *sum);
/* requested if positive, else the number of cores. */
int plinth_jobs(int requested);

#ifdef __cplusplus
}
#endif

#endif

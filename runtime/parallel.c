/* plinth_plan_stream: every record of a stream, planned on one thread
 * or several, written in input order.
 *
 * With several jobs, this thread cuts the input into batches of whole
 * documents (the splitter already finds their boundaries) and writes the
 * finished batches in order; workers plan a batch each, with their own
 * reader, into a memory stream.  At most 2 x jobs batches are in flight,
 * so memory stays flat however long the stream, and no more than one a
 * job once they hold large documents.  A worker decides a
 * document exactly as the one-thread path does, record numbers and lines
 * included, so the output is the same byte for byte. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "../base/outbuf.h"
#include "output.h"
#include "reader.h"
#include "sink.h"

enum { BATCH_DOCS = 256, BATCH_BYTES = 1 << 20 };

/* A worker's task: a batch of documents (batch.h), and its results. */
struct task {
	long first_record;
	struct doc_batch docs;
	char *out;         /* the results, written by a worker: in ob, */
	size_t outlen;     /* or with --explain in a memory stream */
	struct outbuf ob;  /* kept with the batch, so it grows only once */
	bool invalid, done;
	unsigned kinds;
	struct task *next_todo, *next_flight;
};

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t work, finished;
	struct task *todo, *todo_tail;
	bool closing;
	const plinth_protocol *p;
	const char *file;
	unsigned flags;
	const struct plinth_output *o;
};

/* What the summary tells of r: whether it was invalid, and the kinds of
 * reason that blocked its steps.  Once every kind was seen, no record can
 * add one, and the reasons need not be looked at again. */
static void note(const struct plinth_result *r, bool *invalid, unsigned *kinds)
{
#define KIND_BIT(name, word) | 1u << PLINTH_##name
	enum { EVERY_KIND = 0 PLINTH_BLOCKING_REASON_KINDS(KIND_BIT) };
#undef KIND_BIT
	*invalid |= r->error != NULL;
	for (int i = 0; i < r->ndecisions && *kinds != EVERY_KIND; i++)
		for (int k = 0; k < r->decisions[i].nreasons; k++)
			*kinds |= 1u << r->decisions[i].reasons[k].kind;
}

/* ---- one thread ----------------------------------------------------- */

/* Results are gathered into chunks, but a reader of a pipe or terminal
 * gets each record's as it is read, and --explain writes to the FILE. */
static void plan_here(const plinth_protocol *p, const struct plinth_input *in, const char *file, unsigned flags,
                      long first_record, const struct plinth_output *o, FILE *out, struct plinth_stream_summary *sum)
{
	plinth_reader *rd = plinth_reader_open_input(p, in, file, flags, first_record);
	struct sink k;
	struct outbuf b = { 0 };
	struct plinth_writer w;
	writer_init(&w, p, o);
	sink_init(&k, out);
	const struct plinth_result *r;
	bool invalid = false;
	unsigned kinds = 0;
	while ((r = plinth_reader_next(rd))) {
		if (o->explain) {
			plinth_writer_write(&w, out, r, plinth_reader_explain(rd));
			if (reader_would_wait(rd))
				fflush(out);
		} else {
			write_any(&b, &w, r);
			sink_put(&k, &b, reader_would_wait(rd));
		}
		note(r, &invalid, &kinds);
		sum->records++;
	}
	sink_put(&k, &b, true);
	ob_free(&b);
	writer_release(&w);
	if (!sum->write_error)
		sum->write_error = k.err;
	sum->invalid |= invalid;
	sum->blocked_kinds |= kinds;
	sum->io_error |= plinth_reader_io_error(rd);
	plinth_reader_close(rd);
}

/* ---- workers -------------------------------------------------------- */

/* Results go to the batch's own buffer, reused from batch to batch:
 * a memory stream per batch cost a mapping and an unmapping each time
 * (a fifth of the time with two jobs).  Explanations have only a FILE
 * writer, so --explain keeps the stream. */
static void plan_task(struct pool *pool, plinth_reader *rd, struct plinth_writer *w, struct task *b)
{
	FILE *f = pool->o->explain ? open_memstream(&b->out, &b->outlen) : NULL;
	b->ob.len = 0;
	reader_batch(rd, &b->docs, b->first_record);
	const struct plinth_result *r;
	while ((r = reader_batch_next(rd))) {
		if (f)
			plinth_writer_write(w, f, r, plinth_reader_explain(rd));
		else
			write_any(&b->ob, w, r);
		note(r, &b->invalid, &b->kinds);
	}
	if (f)
		fclose(f);
}

static void *worker(void *arg)
{
	struct pool *pool = arg;
	plinth_reader *rd = plinth_reader_open(pool->p, NULL, pool->file, pool->flags, 1);
	struct plinth_writer w;
	writer_init(&w, pool->p, pool->o);
	pthread_mutex_lock(&pool->mu);
	for (;;) {
		while (!pool->todo && !pool->closing)
			pthread_cond_wait(&pool->work, &pool->mu);
		if (!pool->todo)
			break;
		struct task *b = pool->todo;
		pool->todo = b->next_todo;
		pthread_mutex_unlock(&pool->mu);
		plan_task(pool, rd, &w, b);
		pthread_mutex_lock(&pool->mu);
		b->done = true;
		pthread_cond_broadcast(&pool->finished);
	}
	pthread_mutex_unlock(&pool->mu);
	plinth_reader_close(rd);
	writer_release(&w);
	return NULL;
}

/* ---- this thread: cutting and writing ------------------------------ */

/* Fills b with the next documents; false when there were none. */
static bool fill(struct splitter *s, struct task *b, long first_record)
{
	b->first_record = first_record;
	b->invalid = b->done = false;
	b->kinds = 0;
	return batch_fill(s, &b->docs, BATCH_DOCS, BATCH_BYTES);
}

static void submit(struct pool *pool, struct task *b)
{
	pthread_mutex_lock(&pool->mu);
	b->next_todo = NULL;
	if (pool->todo)
		pool->todo_tail->next_todo = b;
	else
		pool->todo = b;
	pool->todo_tail = b;
	pthread_cond_signal(&pool->work);
	pthread_mutex_unlock(&pool->mu);
}

static void wait_done(struct pool *pool, struct task *b)
{
	pthread_mutex_lock(&pool->mu);
	while (!b->done)
		pthread_cond_wait(&pool->finished, &pool->mu);
	pthread_mutex_unlock(&pool->mu);
}

static void free_task(struct task *b)
{
	free(b->ob.p);
	batch_free(&b->docs);
	free(b->out);
	free(b);
}

/* jobs workers, threads[0..jobs), are waiting for batches. */
static void plan_parallel(struct pool *pool, pthread_t *threads, int jobs, const struct plinth_input *in,
                          long first_record, FILE *out, struct plinth_stream_summary *sum)
{
	struct splitter s;
	split_init(&s, in);
	struct sink k;
	sink_init(&k, out);
	struct task *head = NULL, *tail = NULL, *spare = NULL;
	int in_flight = 0;
	size_t held = 0; /* bytes of documents in flight */
	long next = first_record;
	bool more = true;
	for (;;) {
		/* On a pipe, what was read is written before waiting for more.
		 * Two batches a job keep every job busy; but batches of large
		 * documents, over two ordinary batches a job, are one a job, or
		 * each job would hold twice the largest document. */
		while (more && in_flight < 2 * jobs && (in_flight < jobs || held < 2 * (size_t)jobs * BATCH_BYTES) &&
		       (in_flight == 0 || split_ready(&s))) {
			struct task *b = spare ? spare : memset(xmalloc(sizeof *b), 0, sizeof *b);
			spare = spare ? spare->next_flight : NULL;
			if (!(more = fill(&s, b, next))) {
				b->next_flight = spare;
				spare = b;
				break;
			}
			next += b->docs.n;
			b->next_flight = NULL;
			if (tail)
				tail->next_flight = b;
			else
				head = b;
			tail = b;
			in_flight++;
			held += b->docs.len;
			submit(pool, b);
		}
		if (!head)
			break;
		struct task *b = head;
		wait_done(pool, b);
		if (!b->out)
			sink_put(&k, &b->ob, true);
		else if (fwrite(b->out, 1, b->outlen, out) < b->outlen && !k.err)
			k.err = errno;
		else if (!split_ready(&s)) /* explained through stdio: out before the wait */
			fflush(out);
		free(b->out);
		b->out = NULL;
		sum->records += b->docs.n;
		sum->invalid |= b->invalid;
		sum->blocked_kinds |= b->kinds;
		head = b->next_flight;
		if (!head)
			tail = NULL;
		in_flight--;
		held -= b->docs.len;
		batch_trim(&b->docs, 4 * BATCH_BYTES); /* a spare holds no large document */
		b->next_flight = spare;
		spare = b;
	}
	sum->io_error |= s.io_error;
	if (!sum->write_error)
		sum->write_error = k.err;
	split_free(&s);
	pthread_mutex_lock(&pool->mu);
	pool->closing = true;
	pthread_cond_broadcast(&pool->work);
	pthread_mutex_unlock(&pool->mu);
	for (int i = 0; i < jobs; i++)
		pthread_join(threads[i], NULL);
	while (spare) {
		struct task *b = spare;
		spare = b->next_flight;
		free_task(b);
	}
}

int plinth_jobs(int requested)
{
	if (requested > 0)
		return requested;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	return cores > 0 ? (int)cores : 1;
}

void plinth_plan_stream(const plinth_protocol *p, FILE *in, const char *file, unsigned flags, long first_record,
                        const struct plinth_output *o, FILE *out, int jobs, struct plinth_stream_summary *sum)
{
	struct plinth_input stdio = split_stdio(in);
	plinth_plan_input(p, &stdio, file, flags, first_record, o, out, jobs, sum);
}

void plinth_plan_input(const plinth_protocol *p, const struct plinth_input *in, const char *file, unsigned flags,
                       long first_record, const struct plinth_output *o, FILE *out, int jobs,
                       struct plinth_stream_summary *sum)
{
	if (jobs <= 1) {
		plan_here(p, in, file, flags, first_record, o, out, sum);
		return;
	}
	struct pool pool = { .p = p, .file = file, .flags = flags, .o = o };
	pthread_mutex_init(&pool.mu, NULL);
	pthread_cond_init(&pool.work, NULL);
	pthread_cond_init(&pool.finished, NULL);
	/* As many workers as the system gives, up to jobs; with none, this
	 * thread plans alone. */
	pthread_t *threads = xmalloc(sizeof *threads * (size_t)jobs);
	int started = 0;
	while (started < jobs && !pthread_create(&threads[started], NULL, worker, &pool))
		started++;
	if (started)
		plan_parallel(&pool, threads, started, in, first_record, out, sum);
	else
		plan_here(p, in, file, flags, first_record, o, out, sum);
	free(threads);
	pthread_cond_destroy(&pool.work);
	pthread_cond_destroy(&pool.finished);
	pthread_mutex_destroy(&pool.mu);
}

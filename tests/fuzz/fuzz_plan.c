/* Fuzzes the whole of `plinth plan`: a protocol is compiled, and when it
 * compiles, records are evaluated with it and each result is written in
 * every format, explained too.  The input is a protocol, then a line
 * `---8<---`, then the records; without that line the input is all
 * protocol and a few fixed records are planned with it.  Both parts are
 * bounded (PART_MAX), so that a time-out under libFuzzer's -timeout is a
 * compile or an evaluation that grows faster than its input, not a big
 * input.  Never a crash, a hang, a leak or a lost record: the results
 * are numbered without gaps, every error names a line and column inside
 * the records, a valid result decides every step once, and
 * plinth_plan_stream on two threads writes the same bytes as the
 * results written one by one. */
#include <stdbool.h>
#include <string.h>

#include "fuzz_stream.h"
#include "include/plinth.h"

#define PART_MAX 65536

static const char cut[] = "---8<---";

/* Records planned when the input has no records part: a full one, an
 * empty mapping (everything missing), and an invalid one. */
static const char fixed_records[] = "a: 1\n"
                                    "b: [x, y]\n"
                                    "c: {d: true, e: 2.5}\n"
                                    "done: []\n"
                                    "---\n"
                                    "{}\n"
                                    "---\n"
                                    "- a list\n";

/* Splits data at the first line that is exactly `---8<---`: the
 * protocol is what comes before it, the records what comes after. */
static void split(const uint8_t *data, size_t size, size_t *plen, const uint8_t **rec, size_t *rlen)
{
	size_t k = sizeof cut - 1;
	for (size_t i = 0; i + k <= size; i++) {
		if ((i == 0 || data[i - 1] == '\n') && !memcmp(data + i, cut, k) &&
		    (i + k == size || data[i + k] == '\n')) {
			*plen = i;
			*rec = data + i + k + (i + k < size);
			*rlen = size - (size_t)(*rec - data);
			return;
		}
	}
	*plen = size;
	*rec = (const uint8_t *)fixed_records;
	*rlen = sizeof fixed_records - 1;
}

static long count_lines(const uint8_t *s, size_t n)
{
	long lines = 1;
	for (size_t i = 0; i < n; i++)
		lines += s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'));
	return lines;
}

static void check_result(const plinth_protocol *p, const struct plinth_result *r, long want, long lines)
{
	FUZZ_CHECK(r->record == want, "record %ld where %ld was due", r->record, want);
	FUZZ_CHECK(r->line >= 1 && r->line <= lines, "record %ld starts at line %d of %ld", r->record, r->line, lines);
	if (r->error) {
		FUZZ_CHECK(*r->error, "record %ld: empty error", r->record);
		FUZZ_CHECK(r->error_line >= 1 && r->error_line <= lines + 1 && r->error_column >= 1,
		           "record %ld: error '%s' at %d:%d, records have %ld lines", r->record, r->error,
		           r->error_line, r->error_column, lines);
		return;
	}
	int steps = plinth_protocol_steps(p);
	FUZZ_CHECK(r->ndecisions == steps, "record %ld: %d decisions for %d steps", r->record, r->ndecisions, steps);
	int seq = 0;
	for (int i = 0; i < r->ndecisions; i++) {
		const struct plinth_decision *d = &r->decisions[i];
		FUZZ_CHECK(d->step && d->stage && d->title, "record %ld: decision %d unnamed", r->record, i);
		FUZZ_CHECK(!strcmp(d->step, plinth_protocol_step(p, i)), "record %ld: decision %d is '%s', step %d is '%s'",
		           r->record, i, d->step, i, plinth_protocol_step(p, i));
		if (d->status == PLINTH_PLANNED)
			FUZZ_CHECK(d->seq == ++seq, "record %ld: step '%s' planned at %d, due %d", r->record, d->step, d->seq, seq);
		else
			FUZZ_CHECK(d->seq == 0, "record %ld: step '%s' not planned but at %d", r->record, d->step, d->seq);
		FUZZ_CHECK((d->status == PLINTH_BLOCKED) == (d->nreasons > 0), "record %ld: step '%s' is %s with %d reasons",
		           r->record, d->step, plinth_status_name(d->status), d->nreasons);
		for (int j = 1; j < d->nreasons; j++)
			FUZZ_CHECK(d->reasons[j - 1].kind <= d->reasons[j].kind, "record %ld: step '%s': reasons out of order",
			           r->record, d->step);
	}
}

/* What a writer for p (NULL: none) writes of r and x. */
static char *written(const plinth_protocol *p, const struct plinth_output *o, const struct plinth_result *r,
                     const struct plinth_explanation *x, size_t *len)
{
	char *text = NULL;
	FILE *f = open_memstream(&text, len);
	FUZZ_CHECK(f != NULL, "open_memstream");
	plinth_writer *w = plinth_writer_new(p, o);
	plinth_writer_write(w, f, r, x);
	plinth_writer_free(w);
	fclose(f);
	return text;
}

/* Writes r in every format, and explained, to the sink; as JSON to json.
 * A writer given the protocol writes what one without it writes. */
static void write_all(FILE *json, const plinth_protocol *p, plinth_reader *rd, const struct plinth_result *r)
{
	struct plinth_output o = { .protocol_file = "fuzz.plinth" };
	const struct plinth_explanation *x = plinth_reader_explain(rd);
	FUZZ_CHECK(r->error ? x == NULL : x != NULL, "record %ld: %s with%s an explanation", r->record,
	           r->error ? "invalid" : "valid", x ? "" : "out");
	for (o.format = PLINTH_TEXT; o.format <= PLINTH_TSV; o.format++) {
		o.explain = 0;
		plinth_write_header(fuzz_sink(), &o);
		size_t n, m;
		char *plain = written(NULL, &o, r, NULL, &n), *known = written(p, &o, r, NULL, &m);
		FUZZ_CHECK(n == m && !memcmp(plain, known, n), "record %ld: the writer given the protocol wrote "
		           "other text", r->record);
		fwrite(known, 1, m, o.format == PLINTH_JSON ? json : fuzz_sink());
		free(plain);
		free(known);
		o.explain = 1;
		plinth_write_explained(fuzz_sink(), &o, r, x);
	}
}

static void plan(const plinth_protocol *p, const uint8_t *rec, size_t rlen)
{
	long lines = count_lines(rec, rlen), n = 0;
	char *json = NULL;
	size_t json_len = 0;
	FILE *in = fuzz_input(rec, rlen), *out = open_memstream(&json, &json_len);
	FUZZ_CHECK(out != NULL, "open_memstream");
	plinth_reader *rd = plinth_reader_open(p, in, "fuzz.yaml", 0, 1);
	const struct plinth_result *r;
	while ((r = plinth_reader_next(rd))) {
		check_result(p, r, ++n, lines);
		write_all(out, p, rd, r);
		FUZZ_CHECK(n <= lines, "%ld results from %ld lines", n, lines);
	}
	FUZZ_CHECK(!plinth_reader_io_error(rd), "I/O error reading memory");
	plinth_reader_close(rd);
	fclose(in);
	fclose(out);
	fuzz_check_stream(p, rec, rlen, 2, json, json_len, n);
	free(json);

	/* The same bytes as one record's text, strictly. */
	rd = plinth_reader_open(p, NULL, "fuzz.yaml", PLINTH_STRICT, 1);
	r = plinth_reader_eval(rd, (const char *)rec, rlen, 1);
	FUZZ_CHECK(r != NULL, "no result for one record");
	check_result(p, r, 1, lines);
	write_all(fuzz_sink(), p, rd, r);
	plinth_reader_close(rd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t plen, rlen;
	const uint8_t *rec;
	split(data, size, &plen, &rec, &rlen);
	if (plen > PART_MAX || rlen > PART_MAX)
		return 0;
	plinth_diagnostics *d = NULL;
	plinth_protocol *p = plinth_compile("fuzz.plinth", (const char *)data, plen, &d);
	FUZZ_CHECK(d != NULL, "no diagnostics");
	FUZZ_CHECK((p == NULL) == (plinth_diagnostics_errors(d) > 0), "%s with %d errors",
	           p ? "compiled" : "failed", plinth_diagnostics_errors(d));
	plinth_diagnostics_print(fuzz_sink(), d);
	plinth_diagnostics_free(d);
	if (p) {
		plan(p, rec, rlen);
		plinth_protocol_free(p);
	}
	return 0;
}

/* Fuzzes the record reader against one fixed protocol: any bytes in,
 * one result per document out, each written in every output format.
 * Never a crash, a hang, a leak or a lost record: results are
 * numbered without gaps, there are as many as libyaml finds documents
 * (when it reads the input without an error), every error names a
 * line and column inside the input, and a valid result decides every
 * step.  plinth_plan_stream, on one thread and on three, writes the same
 * bytes as the results written one by one; and so does a reader of the
 * same bytes through a pipe, which reads one document at a time where a
 * reader of memory parses runs of them as one stream. */
#include <stdbool.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "fuzz_stream.h"
#include "include/plinth.h"

static const char protocol[] =
	"protocol fuzz \"Fuzz\" {\n"
	"  reference r1 \"A reference\"\n"
	"  record {\n"
	"    client:          text id required\n"
	"    pain:            int in 0..10\n"
	"    hours:           number in 0..24\n"
	"    weight:          number\n"
	"    visits:          int\n"
	"    improved:        bool\n"
	"    tilt:            one of {neutral, anterior, posterior}\n"
	"    signs:           set of {numbness, tingling, weakness}\n"
	"    posture.lordosis: one of {normal, hyper}\n"
	"    posture.deep.x:  int\n"
	"    remark:          text\n"
	"  }\n"
	"  check sitting \"Sits a lot?\" = hours >= 6 or visits > 3\n"
	"  check nerve = signs is not empty or count(signs) > 1\n"
	"  stage assess \"Assess\" {\n"
	"    step look \"Look\" { note \"look\" }\n"
	"  }\n"
	"  stage treat \"Treat\" {\n"
	"    after assess\n"
	"    only if pain is known\n"
	"    step release \"Release\" {\n"
	"      only if tilt == anterior or posture.lordosis == hyper\n"
	"      requires improved \"posture has not improved\"\n"
	"      contraindicated if nerve \"nerve signs\" cite r1\n"
	"      caution if pain >= 7 \"go gently\"\n"
	"    }\n"
	"    step breaks \"Breaks\" { only if sitting and not (tilt in {neutral}) }\n"
	"    step stretch \"Stretch\" {\n"
	"      after release\n"
	"      requires weight / 2 + pain * 3 - 1 < 100 and remark != \"x\"\n"
	"      caution if posture.deep.x is missing \"unknown depth\"\n"
	"    }\n"
	"  }\n"
	"}\n";

static plinth_protocol *the_protocol(void)
{
	static plinth_protocol *p;
	if (!p) {
		plinth_diagnostics *d;
		p = plinth_compile("fuzz.plinth", protocol, sizeof protocol - 1, &d);
		if (!p)
			plinth_diagnostics_print(stderr, d);
		plinth_diagnostics_free(d);
		FUZZ_CHECK(p != NULL, "the fixed protocol does not compile");
	}
	return p;
}

/* The lines of the input as libyaml counts them: LF, CR, CRLF, and
 * the Unicode NEL, LS and PS each end one. */
static long yaml_lines(const uint8_t *s, size_t n)
{
	long lines = 1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		if (s[i] == '\n' || s[i] == '\r')
			lines++;
		else if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0x85)
			lines++, i++;
		else if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
			lines++, i += 2;
	}
	return lines;
}

/* Whether s has a line break other than LF and CRLF: the splitter
 * does not see a '---' after it, and the reader makes the record that
 * holds two documents an error instead (see tests/fuzz/pending/). */
static bool odd_breaks(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n')) || (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0x85) ||
		    (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)))
			return true;
	return false;
}

/* Whether s has a UTF-8 byte-order mark at the start of a line after
 * the first: libyaml skips it and reads on, the line's columns shifted;
 * YAML allows one only before a document, and the splitter ends the
 * document before it (an error result of its own where it is not
 * allowed). */
static bool line_bom(const uint8_t *s, size_t n)
{
	for (size_t i = 1; i + 3 <= n; i++)
		if ((s[i - 1] == '\n' || s[i - 1] == '\r') && s[i] == 0xEF && s[i + 1] == 0xBB && s[i + 2] == 0xBF)
			return true;
	return false;
}

/* The number of documents libyaml finds in the input, or -1 when that
 * is not the number of results due: libyaml finds an error (then the
 * splitter's recovery decides), the input is UTF-16 (an error for
 * plinth, a stream for libyaml), has odd line breaks or a byte-order
 * mark inside. */
static long yaml_documents(const uint8_t *s, size_t n)
{
	if ((n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) || odd_breaks(s, n) ||
	    line_bom(s, n))
		return -1;
	yaml_parser_t y;
	yaml_event_t ev;
	long docs = 0;
	yaml_parser_initialize(&y);
	yaml_parser_set_input_string(&y, s, n);
	for (;;) {
		if (!yaml_parser_parse(&y, &ev)) {
			docs = -1;
			break;
		}
		yaml_event_type_t t = ev.type;
		yaml_event_delete(&ev);
		docs += t == YAML_DOCUMENT_START_EVENT;
		if (t == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&y);
	return docs;
}

static void check_result(const struct plinth_result *r, long want, long lines, int steps)
{
	FUZZ_CHECK(r->record == want, "record %ld where %ld was due", r->record, want);
	FUZZ_CHECK(r->line >= 1 && r->line <= lines, "record %ld starts at line %d of %ld", r->record, r->line, lines);
	if (r->error) {
		FUZZ_CHECK(*r->error, "record %ld: empty error", r->record);
		/* libyaml puts the end of a stream whose last line has no line
		 * break at the start of the line after it */
		FUZZ_CHECK(r->error_line >= 1 && r->error_line <= lines + 1 && r->error_column >= 1,
		           "record %ld: error '%s' at %d:%d, input has %ld lines", r->record, r->error,
		           r->error_line, r->error_column, lines);
		return;
	}
	FUZZ_CHECK(r->ndecisions == steps, "record %ld: %d decisions for %d steps", r->record, r->ndecisions, steps);
	for (int i = 0; i < r->ndecisions; i++)
		FUZZ_CHECK(r->decisions[i].step && r->decisions[i].stage, "record %ld: decision %d unnamed", r->record, i);
}

/* Writes r in every format (and explained) to the sink, and as JSON
 * to json. */
static void write_all(FILE *json, plinth_reader *rd, const struct plinth_result *r)
{
	struct plinth_output o = { .protocol_file = "fuzz.plinth" };
	for (o.format = PLINTH_TEXT; o.format <= PLINTH_TSV; o.format++) {
		o.explain = 0;
		plinth_write_result(o.format == PLINTH_JSON ? json : fuzz_sink(), &o, r);
		if (o.format != PLINTH_TSV) {
			o.explain = 1;
			plinth_write_explained(fuzz_sink(), &o, r, plinth_reader_explain(rd));
		}
	}
}

/* The results of data read through a pipe, as JSON, must be want: the
 * results read from memory.  Only inputs that fit in a pipe's buffer,
 * which is written whole before it is read. */
static void check_pipe(const plinth_protocol *p, const uint8_t *data, size_t size, const char *want,
                       size_t want_len)
{
	if (size > 60000)
		return;
	int fds[2];
	FUZZ_CHECK(pipe(fds) == 0, "pipe");
	for (size_t done = 0; done < size;) {
		ssize_t n = write(fds[1], data + done, size - done);
		FUZZ_CHECK(n > 0, "write to a pipe");
		done += (size_t)n;
	}
	close(fds[1]);
	FILE *in = fdopen(fds[0], "r");
	char *got = NULL;
	size_t got_len = 0;
	FILE *out = open_memstream(&got, &got_len);
	FUZZ_CHECK(in != NULL && out != NULL, "fdopen, open_memstream");
	plinth_reader *rd = plinth_reader_open(p, in, "fuzz.yaml", 0, 1);
	struct plinth_output o = { .format = PLINTH_JSON, .protocol_file = "fuzz.plinth" };
	const struct plinth_result *r;
	while ((r = plinth_reader_next(rd)))
		plinth_write_result(out, &o, r);
	plinth_reader_close(rd);
	fclose(in);
	fclose(out);
	FUZZ_CHECK(got_len == want_len && !memcmp(got, want, want_len),
	           "through a pipe, the results differ from those read from memory:\n%s---\n%s", got, want);
	free(got);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	plinth_protocol *p = the_protocol();
	long lines = yaml_lines(data, size);
	char *json = NULL;
	size_t json_len = 0;
	FILE *in = fuzz_input(data, size), *out = open_memstream(&json, &json_len);
	FUZZ_CHECK(out != NULL, "open_memstream");
	plinth_reader *rd = plinth_reader_open(p, in, "fuzz.yaml", 0, 1);
	long n = 0;
	const struct plinth_result *r;
	while ((r = plinth_reader_next(rd))) {
		check_result(r, ++n, lines, plinth_protocol_steps(p));
		write_all(out, rd, r);
		FUZZ_CHECK(n <= lines, "%ld results from %ld lines", n, lines);
	}
	FUZZ_CHECK(!plinth_reader_io_error(rd), "I/O error reading memory");
	long docs = yaml_documents(data, size);
	FUZZ_CHECK(docs < 0 || n == docs, "%ld results for %ld documents", n, docs);
	plinth_reader_close(rd);
	fclose(in);
	fclose(out);
	fuzz_check_stream(p, data, size, 1, json, json_len, n);
	fuzz_check_stream(p, data, size, 3, json, json_len, n);
	check_pipe(p, data, size, json, json_len);
	free(json);

	/* The same bytes as one record's text, strictly. */
	rd = plinth_reader_open(p, NULL, "fuzz.yaml", PLINTH_STRICT, 1);
	r = plinth_reader_eval(rd, (const char *)data, size, 1);
	FUZZ_CHECK(r != NULL, "no result for one record");
	check_result(r, 1, lines, plinth_protocol_steps(p));
	write_all(fuzz_sink(), rd, r);
	plinth_reader_close(rd);
	return 0;
}

/* SARIF 2.1.0 for CI code-scanning dashboards: one run, the rules from
 * diag_codes.h in its order, one result per diagnostic of every file
 * checked, naming its rule by its place in that order. */
#include <string.h>

#include "diag.h"
#include "../base/escape.h"

static const struct rule {
	const char *id, *level, *text;
} rules[] = {
#define DIAG_CODE(name, code, level, text) [DIAG_##name] = { code, level, text },
#include "diag_codes.h"
#undef DIAG_CODE
};

enum { NRULES = sizeof rules / sizeof *rules };

/* A relative URI reference: unreserved bytes and '/' as they are, the
 * rest percent-encoded (a space in a path must not break the URI). */
static void uri(FILE *out, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	putc('"', out);
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~/", *p))
			putc(*p, out);
		else
			fprintf(out, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
	}
	putc('"', out);
}

static void write_rules(FILE *out)
{
	fputs("\"rules\":[", out);
	for (int i = 0; i < NRULES; i++) {
		fprintf(out, "%s{\"id\":\"%s\",\"shortDescription\":{\"text\":", i ? "," : "", rules[i].id);
		json_string(out, rules[i].text);
		fprintf(out, "},\"defaultConfiguration\":{\"level\":\"%s\"}}", rules[i].level);
	}
	putc(']', out);
}

static void write_result(FILE *out, const plinth_diagnostics *d, const struct diag *kept)
{
	const struct plinth_diagnostic *g = &kept->pub;
	fprintf(out, "{\"ruleId\":\"%s\",\"ruleIndex\":%d,\"level\":\"%s\",\"message\":{\"text\":", g->code,
	        (int)kept->code, g->severity == PLINTH_ERROR ? "error" : "warning");
	json_string(out, g->message);
	fputs("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":", out);
	uri(out, d->file);
	fprintf(out, "},\"region\":{\"startLine\":%d,\"startColumn\":%d,\"endLine\":%d,\"endColumn\":%d}}}]}",
	        g->line, g->column, g->end_line, g->end_column > g->column || g->end_line > g->line ?
	        g->end_column : g->column + 1);
}

void plinth_diagnostics_print_sarif(FILE *out, plinth_diagnostics *const *list, size_t n)
{
	fputs("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
	      "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"plinth\",\"version\":\"" PLINTH_VERSION "\",", out);
	write_rules(out);
	fputs("}},\"columnKind\":\"unicodeCodePoints\",\"results\":[", out);
	bool first = true;
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < list[i]->list.n; k++) {
			if (!first)
				putc(',', out);
			first = false;
			write_result(out, list[i], list[i]->list.items[k]);
		}
	fputs("]}]}\n", out);
}

/* The words of the command line and of test files that name statuses,
 * reason kinds and output formats, each taken from its table in
 * plinth.h: an option, its message and its help cannot leave out a
 * status, a kind or a format that the library has. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

#define NAME(name, word, ...) word,
const char *const status_names[NSTATUSES] = { PLINTH_STATUSES(NAME) };
const char *const blocking_names[NBLOCKING] = { PLINTH_BLOCKING_REASON_KINDS(NAME) };
const char *const format_names[NFORMATS] = { PLINTH_FORMATS(NAME) };
#undef NAME

#define SECTION(name, word, section, place) section,
const char *const status_sections[NSTATUSES] = { PLINTH_STATUSES(SECTION) };
#undef SECTION
#define LISTED(name, word, section, place) [place] = PLINTH_##name,
const enum plinth_status listed_statuses[NSTATUSES] = { PLINTH_STATUSES(LISTED) };
#undef LISTED

const char *word_list(char *buf, size_t size, const char *const *words, int n, const char *sep,
                      const char *last)
{
	size_t len = 0;
	buf[0] = '\0';
	for (int i = 0; i < n && len < size; i++) {
		int k = snprintf(buf + len, size - len, "%s%s", i == 0 ? "" : i == n - 1 ? last : sep, words[i]);
		len += k > 0 ? (size_t)k : 0;
	}
	return buf;
}

bool format_explains(enum plinth_format f)
{
#define EXPLAINS(name, word, explains) explains,
	static const bool can[NFORMATS] = { PLINTH_FORMATS(EXPLAINS) };
#undef EXPLAINS
	return can[f];
}

/* The formats -f takes, in table order: every one, or with `explaining`
 * those with room for an explanation.  Returns how many. */
static int formats_taken(bool explaining, enum plinth_format *taken)
{
	int n = 0;
	for (int f = 0; f < NFORMATS; f++)
		if (!explaining || format_explains((enum plinth_format)f))
			taken[n++] = (enum plinth_format)f;
	return n;
}

const char *format_list(char *buf, size_t size, bool explaining, const char *sep, const char *last)
{
	enum plinth_format taken[NFORMATS];
	const char *words[NFORMATS];
	int n = formats_taken(explaining, taken);
	for (int i = 0; i < n; i++)
		words[i] = format_names[taken[i]];
	return word_list(buf, size, words, n, sep, last);
}

/* What help says of format f after its name: explain's help says more
 * of its JSON, on a line of its own under the others' text. */
static const char *format_note(enum plinth_format f, bool explaining)
{
	switch (f) {
	case PLINTH_TEXT: return " (default)";
	case PLINTH_JSON:
		return explaining ? " (JSON Lines: the plan's\n"
		                    "                           object with an \"explain\" member)"
		                  : " (JSON Lines)";
	case PLINTH_TSV: return "";
	}
	return "";
}

const char *format_help(char *buf, size_t size, bool explaining)
{
	enum plinth_format taken[NFORMATS];
	char noted[NFORMATS][128];
	const char *words[NFORMATS];
	int n = formats_taken(explaining, taken);
	for (int i = 0; i < n; i++) {
		snprintf(noted[i], sizeof noted[i], "%s%s", format_names[taken[i]], format_note(taken[i], explaining));
		words[i] = noted[i];
	}
	return word_list(buf, size, words, n, ", ", " or ");
}

int format_option(const char *cmd, const char *arg, bool explaining, enum plinth_format *f)
{
	enum plinth_format taken[NFORMATS];
	int n = formats_taken(explaining, taken);
	for (int i = 0; i < n; i++)
		if (!strcmp(arg, format_names[taken[i]])) {
			*f = taken[i];
			return EXIT_OK;
		}
	char list[256];
	return usage_error(cmd, "--format takes %s, not '%s'", format_list(list, sizeof list, explaining, ", ", " or "),
	                   arg);
}

#include "yparser.h"

#include <stdlib.h>
#include <string.h>

#include "../base/arena.h"

/* The parser's layout is libyaml's own, and this was written against
 * 0.2.x (0.2.2 to 0.2.5 share it).  Another libyaml is set up afresh:
 * slower, never wrong. */
static int known_libyaml(void)
{
	int major = 0, minor = 0, patch = 0;
	yaml_get_version(&major, &minor, &patch);
	return major == 0 && minor == 2 && patch >= 2 && patch <= 5;
}

/* What yaml_parser_initialize does, without allocating: every field
 * zero, each buffer, queue and stack empty at the start of the memory it
 * already has.  What the parser owns beyond those (tokens scanned but
 * not yet parsed, %TAG directives of an unfinished document) is freed as
 * yaml_parser_delete would (libyaml allocates with malloc). */
void yparser_reset(yaml_parser_t *y)
{
	if (!known_libyaml()) {
		yparser_renew(y);
		return;
	}
	for (yaml_token_t *t = y->tokens.head; t != y->tokens.tail; t++)
		yaml_token_delete(t);
	for (yaml_tag_directive_t *d = y->tag_directives.start; d != y->tag_directives.top; d++) {
		free(d->handle);
		free(d->prefix);
	}
	yaml_parser_t kept = *y;
	memset(y, 0, sizeof *y);
	y->raw_buffer.start = y->raw_buffer.pointer = y->raw_buffer.last = kept.raw_buffer.start;
	y->raw_buffer.end = kept.raw_buffer.end;
	y->buffer.start = y->buffer.pointer = y->buffer.last = kept.buffer.start;
	y->buffer.end = kept.buffer.end;
	y->tokens.start = y->tokens.head = y->tokens.tail = kept.tokens.start;
	y->tokens.end = kept.tokens.end;
	y->indents.start = y->indents.top = kept.indents.start;
	y->indents.end = kept.indents.end;
	y->simple_keys.start = y->simple_keys.top = kept.simple_keys.start;
	y->simple_keys.end = kept.simple_keys.end;
	y->states.start = y->states.top = kept.states.start;
	y->states.end = kept.states.end;
	y->marks.start = y->marks.top = kept.marks.start;
	y->marks.end = kept.marks.end;
	y->tag_directives.start = y->tag_directives.top = kept.tag_directives.start;
	y->tag_directives.end = kept.tag_directives.end;
}

void yparser_renew(yaml_parser_t *y)
{
	yaml_parser_delete(y);
	if (!yaml_parser_initialize(y))
		out_of_memory();
}

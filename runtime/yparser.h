/* One libyaml parser for many documents.  Setting a parser up costs two
 * large buffers and five small ones, and plinth parses each document
 * with a parser of its own (so that a broken one costs only itself):
 * that was 4% of planning time.  libyaml has no reset, so this is one:
 * the parser keeps its buffers and returns to the state
 * yaml_parser_initialize leaves, ready for a new input. */
#ifndef PLINTH_YPARSER_H
#define PLINTH_YPARSER_H

#include <yaml.h>

/* y was set up by yaml_parser_initialize, and may be in any state:
 * mid-document, or after an error.  On a libyaml whose private state
 * this was not written for (yaml_get_version), yparser_renew. */
void yparser_reset(yaml_parser_t *y);
/* The same, as libyaml itself would: delete and initialise. */
void yparser_renew(yaml_parser_t *y);

#endif

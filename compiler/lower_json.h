/* Renders once the JSON text that every result of a step repeats. */
#ifndef PLINTH_LOWER_JSON_H
#define PLINTH_LOWER_JSON_H

#include "../runtime/program.h"

/* Fills ps's json_* fields and its clauses': "at" names file, and
 * after_names are the steps of ps->after, in its order. */
void render_step_json(struct arena *a, const char *file, struct pstep *ps, const char *const *after_names);

#endif

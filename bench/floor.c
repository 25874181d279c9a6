/* The floor: libyaml's own event parse of a file, nothing else.  plinth
 * plan cannot be faster than this on the same bytes. */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char **argv)
{
	FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	yaml_parser_t p;
	yaml_event_t ev;
	long events = 0;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_file(&p, f);
	for (;;) {
		if (!yaml_parser_parse(&p, &ev)) {
			fprintf(stderr, "floor: %s at line %zu\n", p.problem, p.problem_mark.line + 1);
			return 1;
		}
		int end = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		events++;
		if (end)
			break;
	}
	yaml_parser_delete(&p);
	printf("%ld events\n", events);
	return 0;
}

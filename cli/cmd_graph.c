/* plinth graph: draw a protocol as Graphviz DOT or Mermaid. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char help[] =
	"usage: plinth graph [--format dot|mermaid] [-q] PROTOCOL\n"
	"\n"
	"Writes the protocol as a graph: stages as clusters in order, steps as\n"
	"nodes, 'after' as edges, requirements and contraindications as notes.\n"
	"\n"
	"  -f, --format dot|mermaid   Graphviz DOT (default) or Mermaid\n"
	"  -q, --quiet                print nothing; only the exit status tells\n"
	"                             whether the protocol can be drawn\n"
	"  -h, --help                 show this help\n"
	"\n"
	"  plinth graph p.plinth | dot -Tsvg > p.svg\n"
	"\n"
	"Exit status: 0 ok, 2 usage error, unreadable file or a protocol that\n"
	"does not compile.\n";

int cmd_graph(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	enum plinth_graph_format format = PLINTH_GRAPH_DOT;
	bool quiet = false;
	int c;
	optind = 1;
	opterr = 0; /* we say it ourselves, naming the subcommand */
	while ((c = getopt_long(argc, argv, ":f:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (!strcmp(optarg, "dot"))
				format = PLINTH_GRAPH_DOT;
			else if (!strcmp(optarg, "mermaid"))
				format = PLINTH_GRAPH_MERMAID;
			else
				return usage_error("graph", "--format takes dot or mermaid, not '%s'", optarg);
			break;
		case 'q': quiet = true; break;
		case 'h': fputs(help, stdout); return EXIT_OK;
		case ':': return usage_error("graph", "option '%s' needs a value", bad_option(argv));
		default: return usage_error("graph", "unknown option '%s'", bad_option(argv));
		}
	}
	if (optind != argc - 1)
		return usage_error("graph", optind == argc ? "no protocol file given" : "one protocol at a time");
	if (quiet)
		be_quiet();
	plinth_protocol *p = load_protocol(argv[optind]);
	if (!p)
		return EXIT_USAGE;
	plinth_write_graph(stdout, p, format);
	plinth_protocol_free(p);
	return EXIT_OK;
}

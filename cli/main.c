/* plinth: dispatch to a subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"usage: plinth COMMAND [OPTIONS] [ARGS]\n"
	"\n"
	"Commands:\n"
	"  check FILE...                     compile protocols; report errors and warnings\n"
	"  plan -p PROTOCOL [RECORDS...]     plan each client record: ordered steps,\n"
	"                                    blocked steps and why\n"
	"  fmt [-w|--check|--diff] [FILE...] lay protocols out in the one canonical way\n"
	"  graph [-f dot|mermaid] PROTOCOL   draw a protocol's stages, steps and order\n"
	"  explain -p PROTOCOL [RECORD]      every check and clause, with the values read\n"
	"  test [--coverage] FILE...         run protocol test files (*.test.yaml)\n"
	"\n"
	"Options:\n"
	"  -h, --help      show this help (or 'plinth COMMAND --help')\n"
	"  --version       print the version\n"
	"\n"
	"See plinth(1) and plinth-protocol(5).\n";

static const struct {
	const char *name;
	int (*run)(int, char **);
} commands[] = {
	{ "check", cmd_check },
	{ "plan", cmd_plan },
	{ "fmt", cmd_fmt },
	{ "graph", cmd_graph },
	{ "explain", cmd_explain },
	{ "test", cmd_test },
};

/* Standard output is buffered, so a full disk or a failing device shows
 * only when it is flushed.  Every command writes its results there, so
 * it is checked here, once: otherwise results would be lost with an exit
 * status that says all went well. */
static int results_written(int status)
{
	int lost = results_lost();
	if (!lost)
		return status;
	if (lost > 0)
		fprintf(stderr, "plinth: cannot write the results: %s\n", strerror(lost));
	else
		fputs("plinth: cannot write the results\n", stderr);
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage, stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
		fputs(usage, stdout);
		return results_written(EXIT_OK);
	}
	if (!strcmp(cmd, "--version")) {
		printf("plinth %s\n", PLINTH_VERSION);
		return results_written(EXIT_OK);
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(cmd, commands[i].name))
			return results_written(commands[i].run(argc - 1, argv + 1));
	fprintf(stderr, "plinth: unknown command '%s'\n%s", cmd, usage);
	return EXIT_USAGE;
}

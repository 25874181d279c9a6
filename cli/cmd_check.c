/* plinth check: compile each protocol and report every diagnostic. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
	"usage: plinth check [--werror] [--format text|json] FILE...\n"
	"\n"
	"Compiles each protocol and reports every error and warning as\n"
	"FILE:LINE:COL: error: MESSAGE, with the source line and a caret.\n"
	"\n"
	"  --werror             treat warnings as errors\n"
	"  --format text|json   text (default, on stderr) or JSON Lines (on stdout)\n"
	"  -h, --help           show this help\n"
	"\n"
	"Exit status: 0 no errors, 1 errors (or warnings with --werror),\n"
	"2 usage error or unreadable file.\n";

int cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "werror", no_argument, NULL, 'W' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool werror = false, json = false;
	int c;
	optind = 1;
	opterr = 0; /* we say it ourselves, naming the subcommand */
	while ((c = getopt_long(argc, argv, ":f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'W': werror = true; break;
		case 'f':
			if (!strcmp(optarg, "json"))
				json = true;
			else if (strcmp(optarg, "text"))
				return usage_error("check", "--format takes text or json, not '%s'", optarg);
			break;
		case 'h': fputs(help, stdout); return EXIT_OK;
		case ':': return usage_error("check", "option '%s' needs a value", argv[optind - 1]);
		default: return usage_error("check", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error("check", "no protocol file given");
	int status = EXIT_OK;
	for (int i = optind; i < argc; i++) {
		size_t len;
		char *src = read_file(argv[i], &len);
		if (!src) {
			status = EXIT_USAGE;
			continue;
		}
		plinth_diagnostics *d;
		plinth_protocol_free(plinth_compile(argv[i], src, len, &d));
		if (json)
			plinth_diagnostics_print_json(stdout, d);
		else {
			plinth_diagnostics_print(stderr, d);
			print_summary(argv[i], d);
		}
		if ((plinth_diagnostics_errors(d) || (werror && plinth_diagnostics_warnings(d))) && status == EXIT_OK)
			status = EXIT_ERRORS;
		plinth_diagnostics_free(d);
		free(src);
	}
	return status;
}

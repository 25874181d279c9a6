/* plinth check: compile each protocol and report every diagnostic. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
	"usage: plinth check [--werror] [-f text|json|sarif] [-q] FILE...\n"
	"\n"
	"Compiles each protocol and reports every error and warning as\n"
	"FILE:LINE:COL: error: MESSAGE, with the source line and a caret.\n"
	"\n"
	"  --werror             treat warnings as errors\n"
	"  -f, --format FORMAT  text (default, on stderr), json (JSON Lines on\n"
	"                       stdout) or sarif (SARIF 2.1.0 on stdout)\n"
	"  -q, --quiet          print nothing; only the exit status tells\n"
	"  -h, --help           show this help\n"
	"\n"
	"Exit status: 0 no errors, 1 errors (or warnings with --werror),\n"
	"2 usage error or unreadable file.\n";

int cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "werror", no_argument, NULL, 'W' },
		{ "format", required_argument, NULL, 'f' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	enum { TEXT, JSON, SARIF } format = TEXT;
	bool werror = false, quiet = false;
	int c;
	optind = 1;
	opterr = 0; /* we say it ourselves, naming the subcommand */
	while ((c = getopt_long(argc, argv, ":f:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'W': werror = true; break;
		case 'f':
			if (!strcmp(optarg, "json"))
				format = JSON;
			else if (!strcmp(optarg, "sarif"))
				format = SARIF;
			else if (!strcmp(optarg, "text"))
				format = TEXT;
			else
				return usage_error("check", "--format takes text, json or sarif, not '%s'", optarg);
			break;
		case 'q': quiet = true; break;
		case 'h': fputs(help, stdout); return EXIT_OK;
		case ':': return usage_error("check", "option '%s' needs a value", bad_option(argv));
		default: return usage_error("check", "unknown option '%s'", bad_option(argv));
		}
	}
	if (optind >= argc)
		return usage_error("check", "no protocol file given");
	if (quiet)
		be_quiet();
	int status = EXIT_OK;
	/* SARIF is one document for all files: keep their diagnostics. */
	plinth_diagnostics **all = calloc((size_t)(argc - optind), sizeof *all);
	size_t nall = 0;
	for (int i = optind; i < argc; i++) {
		size_t len;
		char *src = read_file(argv[i], &len);
		if (!src) {
			status = EXIT_USAGE;
			continue;
		}
		plinth_diagnostics *d;
		plinth_protocol_free(plinth_compile(argv[i], src, len, &d));
		if (format == JSON)
			plinth_diagnostics_print_json(stdout, d);
		else if (format == TEXT) {
			plinth_diagnostics_print_color(stderr, d, use_color(stderr));
			print_summary(argv[i], d);
		}
		if ((plinth_diagnostics_errors(d) || (werror && plinth_diagnostics_warnings(d))) && status == EXIT_OK)
			status = EXIT_ERRORS;
		all[nall++] = d;
		free(src);
	}
	if (format == SARIF)
		plinth_diagnostics_print_sarif(stdout, all, nall);
	for (size_t i = 0; i < nall; i++)
		plinth_diagnostics_free(all[i]);
	free(all);
	return status;
}

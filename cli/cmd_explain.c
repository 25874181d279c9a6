/* plinth explain: plan --explain for one record file.  Its own options
 * are checked here, so usage errors name this command; the work is
 * plan's, so the two can never drift apart. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* A printf format: the formats for the usage line, then for -f. */
static const char help[] =
	"usage: plinth explain -p PROTOCOL [-f %s] [--strict] [-q] [RECORD]\n"
	"\n"
	"Shows how the protocol decides a client record: its plan as 'plinth plan'\n"
	"prints it, then every check and every clause of every step with its\n"
	"value (true, false or unknown), the field values it read and where the\n"
	"record gave each (file:line:col), and for an unknown, the fields that\n"
	"were missing.  A file of several YAML documents is explained record by\n"
	"record, like 'plinth plan --explain'.  '-' or no file: stdin.\n"
	"\n"
	"  -p, --protocol FILE      the protocol to apply (required)\n"
	"  -f, --format FORMAT      %s\n"
	"      --strict             undeclared record keys are record errors\n"
	"  -q, --quiet              print nothing; only the exit status tells\n"
	"  -h, --help               show this help\n"
	"\n"
	"Exit status: 0 ok, 1 a record was invalid, 2 usage error, protocol\n"
	"does not compile or the file cannot be read.\n";

/* explain takes the formats with room for an explanation. */
static void print_help(void)
{
	char usage[64], formats[256];
	printf(help, format_list(usage, sizeof usage, true, "|", "|"), format_help(formats, sizeof formats, true));
}

struct explain_opts {
	const char *protocol;
	const char *format; /* as given, for plan; NULL: plan's default */
	bool strict, quiet;
};

static int parse_options(int argc, char **argv, struct explain_opts *o)
{
	static const struct option opts[] = {
		{ "protocol", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 'f' },
		{ "strict", no_argument, NULL, 'S' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;
	enum plinth_format format;
	optind = 1;
	opterr = 0; /* we say it ourselves, naming the subcommand */
	while ((c = getopt_long(argc, argv, ":p:f:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'p': o->protocol = optarg; break;
		case 'f':
			if (format_option("explain", optarg, true, &format))
				return EXIT_USAGE;
			o->format = optarg; /* for plan, which takes the same */
			break;
		case 'S': o->strict = true; break;
		case 'q': o->quiet = true; break;
		case 'h': print_help(); return -1;
		case ':': return usage_error("explain", "option '%s' needs a value", bad_option(argv));
		default: return usage_error("explain", "unknown option '%s'", bad_option(argv));
		}
	}
	if (!o->protocol)
		return usage_error("explain", "no protocol given (-p PROTOCOL)");
	if (argc - optind > 1)
		return usage_error("explain", "one record file at a time; "
		                   "for several, use 'plinth plan --explain'");
	return EXIT_OK;
}

int cmd_explain(int argc, char **argv)
{
	struct explain_opts o = { 0 };
	int status = parse_options(argc, argv, &o);
	if (status)
		return status < 0 ? EXIT_OK : status;
	char *args[11];
	int n = 0;
	args[n++] = "plan";
	args[n++] = "--explain";
	args[n++] = "-p";
	args[n++] = (char *)o.protocol;
	if (o.format) {
		args[n++] = "-f";
		args[n++] = (char *)o.format;
	}
	if (o.strict)
		args[n++] = "--strict";
	if (o.quiet)
		args[n++] = "-q";
	if (optind < argc) {
		args[n++] = "--"; /* a file named like an option is still a file */
		args[n++] = argv[optind];
	}
	args[n] = NULL;
	return cmd_plan(n, args);
}

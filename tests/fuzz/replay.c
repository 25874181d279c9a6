/* Replays a fuzz harness over every file of the directories given (its
 * seed corpus and the crashes ever found), in name order, with the
 * normal compiler: `make check` runs it in the plain and the sanitizer
 * builds.  Each input runs in a child process, so one that fails (an
 * abort, a sanitizer report, a leak found at exit) is named and the
 * others still run.  The last line is `N passed, N failed`. */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fuzz.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
		n += got;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Runs the harness on path in a child; true when it passed. */
static bool replay_file(const char *path, const char *name)
{
	size_t len;
	char *data = slurp(path, &len);
	if (!data) {
		fprintf(stderr, "%s: cannot read %s: %s\n", name, path, strerror(errno));
		return false;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
		free(data);
		exit(0); /* through exit, for the leak check */
	}
	free(data);
	int status;
	if (pid < 0 || waitpid(pid, &status, 0) < 0) {
		fprintf(stderr, "%s: cannot run %s: %s\n", name, path, strerror(errno));
		return false;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return true;
	if (WIFSIGNALED(status))
		fprintf(stderr, "FAIL %s: %s: signal %d\n", name, path, WTERMSIG(status));
	else
		fprintf(stderr, "FAIL %s: %s: exit status %d\n", name, path, WEXITSTATUS(status));
	return false;
}

/* Replays each regular file in dir, counting into passed and failed. */
static void replay_dir(const char *dir, const char *name, long *passed, long *failed)
{
	DIR *d = opendir(dir);
	if (!d) {
		if (errno == ENOENT)
			return; /* no crashes yet */
		fprintf(stderr, "%s: cannot open %s: %s\n", name, dir, strerror(errno));
		++*failed;
		return;
	}
	char **files = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap)
			files = realloc(files, sizeof *files * (cap = cap ? cap * 2 : 64));
		files[n++] = strdup(e->d_name);
	}
	closedir(d);
	if (n)
		qsort(files, n, sizeof *files, by_name);
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
			++*(replay_file(path, name) ? passed : failed);
		free(files[i]);
	}
	free(files);
}

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	long passed = 0, failed = 0;
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR...\n", name);
		return 2;
	}
	for (int i = 1; i < argc; i++)
		replay_dir(argv[i], name, &passed, &failed);
	printf("%s: %ld passed, %ld failed\n", name, passed, failed);
	return failed ? 1 : 0;
}

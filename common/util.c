/*
 * util.c: allocation, inputs, standard options and the exit path (util.h).
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

int rval;

/*
 * stdio sizes a pipe's or a file's buffer by st_blksize, 4 KB: a
 * pipeline of five tools on one core then switches process every 4 KB.
 * Big buffers, and a big pipe where the kernel allows one, let each tool
 * run through a long stretch of records before it hands over.
 */
#define IOBUF (256 * 1024)
#define PIPEBUF (1024 * 1024)

/*
 * glibc's setvbuf takes the size only with a buffer: given NULL it keeps
 * its own of st_blksize. So the buffers are ours: one for stdout, one for
 * stdin, one for the named input open at the time (each_input opens them
 * one after another).
 */
static char outbuf[IOBUF], inbuf[IOBUF], filebuf[IOBUF];

static void
big_buffer(FILE *fp, char *buf)
{
	struct stat st;

	(void)setvbuf(fp, buf, _IOFBF, IOBUF);
	if (fstat(fileno(fp), &st) == 0 && S_ISFIFO(st.st_mode))
		(void)fcntl(fileno(fp), F_SETPIPE_SZ, PIPEBUF);
}

void *
emalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		err(1, "malloc");
	return p;
}

void *
ecalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		err(1, "calloc");
	return p;
}

void *
erealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		err(1, "realloc");
	return p;
}

char *
estrdup(const char *s)
{
	return estrndup(s, strlen(s));
}

char *
estrndup(const char *s, size_t n)
{
	char *p = emalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
tool_init(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	/* A reader that goes away (| head) should end us quietly. */
	signal(SIGPIPE, SIG_DFL);
	/* A terminal keeps stdio's line buffering: a user reads as we go. */
	if (!isatty(STDOUT_FILENO))
		big_buffer(stdout, outbuf);
	if (!isatty(STDIN_FILENO))
		big_buffer(stdin, inbuf);
}

void
std_options(int argc, char **argv, const char *usage_text)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0) {
			printf("usage: %s\n", usage_text);
			finish();
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("%s (parley) %s\n", program_invocation_short_name,
			    PARLEY_VERSION);
			finish();
		}
	}
}

void
usage_exit(const char *usage_text)
{
	fprintf(stderr, "usage: %s\n", usage_text);
	exit(2);
}

void
warn_budget(size_t budget, const char *what)
{
	int mb = budget % (1 << 20) == 0;

	warnx("memory budget of %zu %cB reached: %s",
	    mb ? budget >> 20 : budget >> 10, mb ? 'M' : 'k', what);
}

FILE *
open_input(const char *path)
{
	FILE *fp;

	if (strcmp(path, "-") == 0)
		return stdin;
	if ((fp = fopen(path, "r")) == NULL) {
		warn("%s", path);
		rval = 1;
	} else
		(void)setvbuf(fp, filebuf, _IOFBF, IOBUF);
	return fp;
}

void
each_input(int argc, char **argv, input_fn *fn)
{
	FILE *fp;
	int i;

	if (argc == 0)
		fn(stdin, "-");
	for (i = 0; i < argc; i++) {
		if ((fp = open_input(argv[i])) == NULL)
			continue;
		fn(fp, argv[i]);
		if (fp != stdin)
			fclose(fp);
	}
}

void
finish(void)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		/* A reader that went away is not an error of ours. */
		if (errno == EPIPE)
			exit(rval);
		warn("write error");
		exit(1);
	}
	exit(rval);
}

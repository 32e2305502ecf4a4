/*
 * util.h: what every tool does the same way: allocation that dies on
 * failure, opening files, the --help and --version options, and the exit
 * path that flushes standard output and turns a failed write into status 1.
 * Messages use <err.h> (warn, warnx, err, errx): "tool: what is wrong".
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdio.h>

#define PARLEY_VERSION "0.1"

/* Exit status of the tool so far: set to 1 by anything that went wrong. */
extern int rval;

void *emalloc(size_t n);
void *ecalloc(size_t n, size_t size);
void *erealloc(void *p, size_t n);
char *estrdup(const char *s);
char *estrndup(const char *s, size_t n);

/* Start a tool: restore SIGPIPE so a closed pipe ends it quietly. */
void tool_init(int argc, char **argv);

/*
 * Handle --help and --version before getopt sees them: prints the usage
 * text (to stdout, exit 0) or the version. Call first in main.
 */
void std_options(int argc, char **argv, const char *usage_text);

/* Print "usage: ..." to stderr and exit 2. */
void usage_exit(const char *usage_text);

/*
 * Say once, on stderr, that a memory budget of budget bytes is reached and
 * what is forgotten now (what: "forgetting ..."), the budget in MB or kB
 * as the user gave it.
 */
void warn_budget(size_t budget, const char *what);

/*
 * Open a file for reading; "-" is stdin. NULL with a warning on failure.
 * The files share one big buffer: close one before opening the next.
 */
FILE *open_input(const char *path);

/*
 * Run fn on each named input ("-" is stdin), or on stdin when there are
 * none. A file that cannot be opened is reported, sets rval, and is skipped.
 */
typedef void input_fn(FILE *fp, const char *name);
void each_input(int argc, char **argv, input_fn *fn);

/* Flush and check stdout, then exit with rval (1 on a failed write). */
void finish(void) __attribute__((noreturn));

#endif

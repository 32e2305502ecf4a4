/*
 * test.h: a tiny TAP library for the unit tests of common/.
 * Each check prints "ok N - what" or "not ok N - what"; done_testing()
 * prints the plan and returns the exit status, so prove can run the binary.
 */
#ifndef TEST_H
#define TEST_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int t_count, t_failed;

static int
t_ok(int cond, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	t_count++;
	printf("%sok %d - ", cond ? "" : "not ", t_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!cond) {
		t_failed++;
		printf("#   failed at %s:%d\n", file, line);
	}
	return cond;
}

#define ok(cond, ...) t_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

/* Compare strings; a NULL is shown as (null) and equals only NULL. */
#define is_str(got, want, ...) do {					\
	const char *g_ = (got), *w_ = (want);				\
	int c_ = (g_ == NULL || w_ == NULL) ? g_ == w_ : strcmp(g_, w_) == 0; \
	if (!t_ok(c_, __FILE__, __LINE__, __VA_ARGS__))			\
		printf("#        got: '%s'\n#   expected: '%s'\n",	\
		    g_ ? g_ : "(null)", w_ ? w_ : "(null)");		\
} while (0)

#define is_int(got, want, ...) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	if (!t_ok(g_ == w_, __FILE__, __LINE__, __VA_ARGS__))		\
		printf("#        got: %lld\n#   expected: %lld\n", g_, w_); \
} while (0)

static int
done_testing(void)
{
	printf("1..%d\n", t_count);
	return t_failed != 0;
}

#endif

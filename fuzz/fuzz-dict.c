/*
 * fuzz-dict: the dictionary loader (common/dict.c) on any file a user
 * may give with -d.
 *
 * A malformed line is fatal by design (errx "FILE:LINE: what is wrong");
 * this target defines errx itself to catch the message and check its
 * form, then jumps back instead of exiting. The dictionary then grows
 * for the rest of the run and the text of a failed load is not freed,
 * so the target runs without leak detection (__asan_default_options).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "util.h"
#include "check.h"

void errx(int eval, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 2, 3)));
const char *__asan_default_options(void);

static jmp_buf back;
static char msg[512];

void
errx(int eval, const char *fmt, ...)
{
	va_list ap;

	(void)eval;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	longjmp(back, 1);
}

/* Read by AddressSanitizer at start, in the fuzzer and in the replay. */
const char *
__asan_default_options(void)
{
	return "detect_leaks=0";
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	dict_init();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct actor *a;
	const char *p;
	size_t i;

	if (setjmp(back) != 0) {
		/* "fuzz.tsv:LINE: what is wrong" */
		CHECK(strncmp(msg, "fuzz.tsv:", 9) == 0);
		for (p = msg + 9; *p >= '0' && *p <= '9'; p++)
			;
		CHECK(p > msg + 9 && strncmp(p, ": ", 2) == 0 && p[2] != '\0');
		return 0;
	}
	dict_add_text((const char *)data, size, "fuzz.tsv");
	/* Every actor loaded answers to its id and has a name and a type. */
	for (i = 0; i < dict_count(); i++) {
		a = dict_actor(i);
		CHECK(a != NULL && a->id != NULL && a->name != NULL);
		CHECK(a->type >= 0 && a->type < T_NTYPES);
		CHECK(dict_get(a->id, strlen(a->id)) == a);
		(void)dict_state(a);
	}
	return 0;
}

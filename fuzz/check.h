/*
 * check.h: what the fuzz targets check besides crashes, shared by them:
 * CHECK aborts with the failed condition, so libFuzzer keeps the input;
 * check_articles reads back an article stream and aborts unless it is a
 * valid one.
 */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "record.h"
#include "utf8.h"

/*
 * The entry points libFuzzer calls; a target defines LLVMFuzzerInitialize
 * only when it has something to set up (fuzz/replay.c calls it if so).
 */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "check failed: %s " \
	"(%s:%d)\n", #c, __FILE__, __LINE__); abort(); } } while (0)

/* An ISO 8601 date at some precision, or empty. */
static inline int
is_isodate(const char *s, size_t n)
{
	static const char shape[] = "dddd-dd-dd";
	size_t i;

	if (n != 0 && n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != '-')
			return 0;
	return 1;
}

/*
 * Open out (len bytes) as a stream to read back, after the checks every
 * stream passes: whole lines, no NUL. NULL for empty output.
 */
static inline FILE *
check_stream(char *out, size_t len)
{
	FILE *fp;

	if (len == 0)
		return NULL;
	CHECK(out[len - 1] == '\n');
	CHECK(memchr(out, '\0', len) == NULL);
	fp = fmemopen(out, len, "r");
	CHECK(fp != NULL);
	return fp;
}

/*
 * out (len bytes) is an article stream: one line per article, six fields,
 * escapes that undo into valid UTF-8, a text, an ISO date or none, and
 * the text's id; at most max articles.
 */
static inline void
check_articles(char *out, size_t len, size_t max)
{
	struct reader r;
	char id[17];
	ssize_t k;
	size_t n = 0;
	FILE *fp;
	int i;

	if ((fp = check_stream(out, len)) == NULL)
		return;
	rd_init(&r, fp, "out");
	while (rd_next(&r) > 0) {
		n++;
		CHECK(r.nfield == NF_ARTICLE);
		CHECK(r.line[0] != '#');
		for (i = 0; i < NF_ARTICLE; i++) {
			k = rec_unescape(r.field[i], r.flen[i]);
			CHECK(k >= 0);
			r.flen[i] = (size_t)k;
			CHECK(utf8_valid(r.field[i], r.flen[i]));
		}
		CHECK(r.flen[A_TEXT] > 0);
		CHECK(is_isodate(r.field[A_DATE], r.flen[A_DATE]));
		hex64(text_id(r.field[A_TEXT], r.flen[A_TEXT]), id);
		CHECK(r.flen[A_ID] == 16 && memcmp(r.field[A_ID], id, 16) == 0);
	}
	CHECK(r.lineno == n);
	CHECK(n <= max);
	rd_free(&r);
	fclose(fp);
}

#endif

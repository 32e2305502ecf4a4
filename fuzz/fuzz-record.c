/*
 * fuzz-record: the record reader, unescaping, escaping, list items and
 * rejects (common/record.c) on any bytes.
 *
 * Besides not crashing, the target checks what the tools rely on: fields
 * hold no TAB, LF or NUL and their lengths are right; unescaping then
 * escaping a good field gives it back; and the rejects file is exactly the
 * rejected lines of the input, byte for byte, after fields were unescaped
 * in place.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "util.h"
#include "check.h"

static void
item(const char *s, size_t n, void *arg)
{
	size_t *count = arg;

	CHECK(n > 0);
	CHECK(memchr(s, ';', n) == NULL);
	(*count)++;
}

/* Line number lineno (1-based) of data as the reader sees it, without its LF. */
static const uint8_t *
nth_line(const uint8_t *data, size_t size, unsigned long lineno, size_t *len)
{
	const uint8_t *p = data, *end = data + size, *nl;

	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (--lineno == 0)
			break;
		CHECK(nl != NULL);
		p = nl + 1;
	}
	*len = (size_t)((nl ? nl : end) - p);
	/* The reader drops a byte order mark opening the input. */
	if (p == data && *len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		*len -= 3;
		p += 3;
	}
	return p;
}

/* Unescape a copy of a field and escape it back: it must come back. */
static void
roundtrip(const char *f, size_t n)
{
	char *copy = estrndup(f, n), *out;
	size_t outlen;
	ssize_t k;
	FILE *fp;

	k = rec_unescape(copy, n);
	CHECK(rec_escapes_ok(f, n) == (k >= 0));
	if (k < 0) {
		CHECK(memcmp(copy, f, n) == 0);	/* a bad field is left alone */
		free(copy);
		return;
	}
	CHECK((size_t)k <= n);
	/* A raw CR in a field is legal but comes back escaped. */
	if (memchr(f, '\r', n) == NULL) {
		fp = open_memstream(&out, &outlen);
		CHECK(fp != NULL);
		rec_put(fp, copy, (size_t)k);
		fclose(fp);
		CHECK(outlen == n && memcmp(out, f, n) == 0);
		free(out);
	}
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reader r;
	unsigned char *bad;		/* by line number: rejected */
	size_t nlines, i, len, items, rejlen, want;
	char *copy, *rej;
	const uint8_t *line;
	FILE *fp, *rp;
	int nf, k;
	ssize_t u;

	if (size == 0)
		return 0;
	/* The reader itself rejects a record line holding a NUL byte. */
	nlines = 1;
	for (i = 0; i < size; i++)
		nlines += data[i] == '\n';
	bad = ecalloc(nlines + 1, 1);
	for (i = 1; i <= nlines; i++) {
		line = nth_line(data, size, i, &len);
		bad[i] = len > 0 && line[0] != '#' &&
		    memchr(line, '\0', len) != NULL;
	}
	copy = emalloc(size);
	memcpy(copy, data, size);
	fp = fmemopen(copy, size, "r");
	CHECK(fp != NULL);
	rp = open_memstream(&rej, &rejlen);
	CHECK(rp != NULL);
	rd_set_rejects(rp);
	rd_init(&r, fp, "fuzz");
	while ((nf = rd_next(&r)) > 0) {
		CHECK(nf <= REC_MAXFIELDS + 1);
		CHECK(r.line[0] != '#');
		for (k = 0; k < nf && k < REC_MAXFIELDS; k++) {
			CHECK(strlen(r.field[k]) == r.flen[k]);
			CHECK(memchr(r.field[k], '\t', r.flen[k]) == NULL);
			CHECK(memchr(r.field[k], '\n', r.flen[k]) == NULL);
			roundtrip(r.field[k], r.flen[k]);
			items = 0;
			rec_items(r.field[k], r.flen[k], ';', item, &items);
		}
		/*
		 * Reject some records after unescaping a field in place, as
		 * the tools do: the reject must still be the line as read.
		 */
		u = rec_unescape(r.field[0], r.flen[0]);
		CHECK(r.lineno <= nlines && !bad[r.lineno]);
		if (u < 0 || nf != NF_ARTICLE || (r.lineno & 1) != 0) {
			rd_bad(&r, "fuzz reject");
			bad[r.lineno] = 1;
		}
	}
	rd_summary();
	fclose(rp);
	/* Each rejected line, verbatim, and nothing else. */
	want = 0;
	for (i = 1; i <= nlines; i++) {
		if (!bad[i])
			continue;
		line = nth_line(data, size, i, &len);
		CHECK(want + len + 1 <= rejlen);
		CHECK(memcmp(rej + want, line, len) == 0);
		CHECK(rej[want + len] == '\n');
		want += len + 1;
	}
	CHECK(want == rejlen);
	rd_set_rejects(NULL);
	rd_free(&r);
	fclose(fp);
	free(copy);
	free(rej);
	free(bad);
	return 0;
}

/*
 * fuzz-date: date parsing, finding, resolving and shifting (common/date.c).
 *
 * All four meet text from the stream: date_parse reads datelines and the
 * date field, date_find scans article text, and date_resolve and
 * date_shift read the normal forms of the entities field, which any
 * upstream program may have written. Whatever comes in, spans must lie in
 * the text, and every date that comes out must be a real calendar date at
 * its precision, which date_format writes as ISO 8601.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "util.h"
#include "check.h"

static int
mdays(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 29;
	return days[m - 1];
}

/* A date as the library may hand it out: y (0 = unknown), m, d in range. */
static void
check_date(const struct date *d, int need_year)
{
	char buf[11];

	CHECK(d->y >= 0 && d->y <= 9999);
	CHECK(!need_year || d->y > 0);
	CHECK(d->m >= 0 && d->m <= 12);
	CHECK(d->d >= 0 && d->d <= 31);
	CHECK(d->d == 0 || d->m != 0);
	if (d->y > 0 && d->m > 0 && d->d > 0)
		CHECK(d->d <= mdays(d->y, d->m));
	date_format(d, buf);
	CHECK(strlen(buf) <= 10);
	if (d->y > 0) {
		/* ISO at the precision known, nothing else. */
		CHECK(strlen(buf) == (d->d ? 10u : d->m ? 7u : 4u));
	}
}

static const struct date refs[] = {
	{ 2024, 2, 29 }, { 2023, 12, 31 }, { 2024, 1, 1 }, { 2024, 5, 0 },
	{ 2024, 0, 0 }, { 1, 1, 1 }, { 9999, 12, 31 }, { 0, 0, 0 },
};

struct found {
	const uint8_t *text;
	size_t n, last;
};

static void
found(size_t start, size_t end, const char *norm, void *arg)
{
	struct found *f = arg;
	struct date out;
	size_t i;

	CHECK(start < end && end <= f->n);
	CHECK(norm != NULL && strlen(norm) < 64);
	/* Each span once, in order of the text. */
	CHECK(start >= f->last);
	f->last = end;
	for (i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
		if (date_resolve(norm, &refs[i], &out))
			check_date(&out, 1);
		if (date_shift(norm, &refs[i], &out))
			check_date(&out, 1);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct found f = { data, size, 0 };
	struct date d, out;
	char *s;
	size_t k, i;

	/* A private copy, so reading past the end is caught. */
	s = emalloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	k = date_parse(s, size, &d);
	CHECK(k <= size);
	if (k > 0)
		check_date(&d, 0);
	date_find(s, size, found, &f);
	/* The input as a normal form from an entities field. */
	if (memchr(s, '\0', size) == NULL) {
		for (i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
			if (date_resolve(s, &refs[i], &out))
				check_date(&out, 1);
			if (date_shift(s, &refs[i], &out))
				check_date(&out, 1);
		}
	}
	free(s);
	return 0;
}

/*
 * fmt_csv.c: CSV exports of news articles, one article a row under a
 * header row (formats.h). libcsv does the quoting; it is fed a line at a
 * time so that messages can name the line a bad row starts on, and only
 * the fields of the wanted columns are kept.
 */
#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "formats.h"
#include "record.h"
#include "util.h"

struct csvstate {
	struct reader rd;
	const struct fmt_opts *o;
	struct raw_article ra;
	fmt_article_fn *fn;
	void *arg;
	int colidx[NCOL];	/* field number of each column, or -1 */
	unsigned long row;	/* rows read, the header included */
	unsigned long rowline;	/* line the current row starts on */
	size_t nfield;		/* fields of the current row so far */
	size_t nheader;		/* fields of the header */
	int bad;		/* the current row is already reported */
	int stop;		/* no text column: give up on the input */
};

/* 1 if s is a column number; sets *k to its index from 0. */
static int
colnum(const char *s, size_t *k)
{
	char *end;
	unsigned long v;

	if (!isdigit((unsigned char)*s))
		return 0;
	v = strtoul(s, &end, 10);
	if (*end != '\0' || v == 0)
		return 0;
	*k = v - 1;
	return 1;
}

/* A header field: which column does it name? */
static void
header_field(struct csvstate *st, const char *s, size_t n)
{
	const char *want;
	int c;

	if (st->nfield == 0 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;		/* a BOM, as spreadsheets write */
		n -= 3;
	}
	for (c = 0; c < NCOL; c++) {
		want = st->o != NULL ? st->o->col[c] : NULL;
		if (want != NULL && strlen(want) == n &&
		    strncasecmp(want, s, n) == 0)
			st->colidx[c] = (int)st->nfield;
	}
	c = fmt_colname(s, n);
	if (c >= 0 && st->colidx[c] < 0 &&
	    (st->o == NULL || st->o->col[c] == NULL))
		st->colidx[c] = (int)st->nfield;
}

static void
on_field(void *s, size_t n, void *arg)
{
	struct csvstate *st = arg;
	int c;

	if (st->stop)
		return;
	if (st->row == 0) {
		header_field(st, s, n);
	} else {
		for (c = 0; c < NCOL; c++) {
			if (st->colidx[c] != (int)st->nfield)
				continue;
			if (c == COL_TEXT) {
				buf_reset(&st->ra.text);
				buf_add(&st->ra.text, s, n);
			} else if (c == COL_DATE) {
				fmt_set_date(&st->ra.date, s, n);
			} else {
				fmt_set(ra_field(&st->ra, c), s, n);
			}
		}
	}
	st->nfield++;
}

static void
on_row(int term, void *arg)
{
	struct csvstate *st = arg;

	(void)term;
	if (st->stop)
		return;
	if (st->row == 0) {
		st->nheader = st->nfield;
		if (st->colidx[COL_TEXT] < 0) {
			warnx("%s:%lu: no text column (text, body, content, "
			    "maintext, article): name one with -c text=N",
			    st->rd.name, st->rowline);
			rval = 1;
			st->stop = 1;
		}
	} else if (st->bad) {
		;
	} else if (st->nfield != st->nheader) {
		warnx("%s:%lu: row has %zu fields, the header %zu",
		    st->rd.name, st->rowline, st->nfield, st->nheader);
		rval = 1;
	} else if (st->ra.text.len == 0) {
		fmt_skipped("CSV rows without text");
	} else {
		st->ra.lineno = st->rowline;
		st->fn(&st->ra, st->arg);
	}
	st->row++;
	st->rowline = 0;
	st->nfield = 0;
	st->bad = 0;
	ra_reset(&st->ra);
}

void
fmt_csv_read(FILE *fp, const char *path, const struct fmt_opts *o,
    fmt_article_fn *fn, void *arg)
{
	struct csvstate st;
	struct csv_parser p;
	size_t i, k;
	int c;

	memset(&st, 0, sizeof(st));
	rd_init(&st.rd, fp, path);
	ra_init(&st.ra);
	st.o = o;
	st.fn = fn;
	st.arg = arg;
	for (c = 0; c < NCOL; c++)
		st.colidx[c] = o != NULL && o->col[c] != NULL &&
		    colnum(o->col[c], &k) ? (int)k : -1;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		errx(1, "csv_init failed");
	while (!st.stop && rd_line(&st.rd)) {
		if (st.rowline == 0) {
			for (i = 0; i < st.rd.len &&
			    isspace((unsigned char)st.rd.line[i]); i++)
				;
			if (i == st.rd.len)
				continue;	/* blank lines between rows */
			st.rowline = st.rd.lineno;
		}
		st.rd.line[st.rd.len] = '\n';
		if (csv_parse(&p, st.rd.line, st.rd.len + 1, on_field, on_row,
		    &st) == st.rd.len + 1)
			continue;
		/*
		 * A stray quote: report the row and start afresh on the next
		 * line, with the fields of the row so far dropped.
		 */
		warnx("%s:%lu: stray quote: a field with a quote in it must "
		    "be quoted, and its quotes doubled", st.rd.name,
		    st.rd.lineno);
		rval = 1;
		csv_free(&p);
		csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
		if (st.row == 0)
			st.stop = 1;
		st.bad = 1;
		on_row(0, &st);
	}
	if (!st.stop && csv_fini(&p, on_field, on_row, &st) != 0) {
		warnx("%s:%lu: quoted field not closed at the end of the input",
		    st.rd.name, st.rowline);
		rval = 1;
	}
	csv_free(&p);
	ra_free(&st.ra);
	rd_free(&st.rd);
}

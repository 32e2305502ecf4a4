/*
 * to-csv: write any parley stream as RFC 4180 CSV, with a header row of
 * the schema's field names, escapes undone.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "bytes8.h"
#include "record.h"
#include "util.h"

static const char usage_text[] =
    "to-csv [-H] [-f field,...] [--rejects file] [-s schema] [file ...]";

static const struct option longopts[] = {
	{ "rejects", required_argument, NULL, 'R' },
	{ NULL, 0, NULL, 0 }
};

static const struct schema *schema;	/* NULL until told or seen */
static int pick[REC_MAXFIELDS], npick;	/* the fields to write, in order */
static const char *fieldlist;		/* -f, resolved once the schema is known */
static int header = 1;

/*
 * A row is built here and written with one fwrite: libcsv's csv_fwrite
 * wrote a quoted field a byte at a time with fputc, the most of to-csv's
 * time.
 */
static struct buf row;

/* Whether s (n bytes) holds a byte that makes a field quoted. */
static int
needs_quotes(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t x;

	if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
		return 1;
	/* Eight bytes at a time: most fields hold none of the four. */
	for (; i + 8 <= n; i += 8) {
		x = b8_load(s + i);
		if ((b8_eq(x, ',') | b8_eq(x, '"') | b8_eq(x, '\r') |
		    b8_eq(x, '\n')) != 0)
			return 1;
	}
	for (; i < n; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
			return 1;
	return 0;
}

/*
 * Add one CSV field to the row: quoted only when it has to be, as
 * RFC 4180 (and libcsv's csv_fwrite) quote it, a '"' inside doubled.
 */
static void
csv_field(const char *s, size_t n, int first)
{
	const char *q, *end = s + n;

	if (!first)
		buf_addc(&row, ',');
	if (!needs_quotes(s, n)) {
		buf_add(&row, s, n);
		return;
	}
	buf_addc(&row, '"');
	while ((q = memchr(s, '"', (size_t)(end - s))) != NULL) {
		buf_add(&row, s, (size_t)(q - s) + 1);
		buf_addc(&row, '"');
		s = q + 1;
	}
	buf_add(&row, s, (size_t)(end - s));
	buf_addc(&row, '"');
}

/* End the row and write it. */
static void
csv_end(void)
{
	buf_add(&row, "\r\n", 2);
	fwrite(row.s, 1, row.len, stdout);
	buf_reset(&row);
}

static void
set_schema(const struct schema *s)
{
	const char *p, *end;
	int i;

	schema = s;
	if (fieldlist == NULL) {
		for (npick = 0; npick < s->nfield; npick++)
			pick[npick] = npick;
	} else {
		for (p = fieldlist; *p != '\0'; p = *end ? end + 1 : end) {
			end = p + strcspn(p, ",");
			if ((i = schema_field(s, p, (size_t)(end - p))) < 0)
				errx(2, "%.*s: no such field in the %s schema",
				    (int)(end - p), p, s->name);
			if (npick == REC_MAXFIELDS)
				errx(2, "too many fields");
			pick[npick++] = i;
		}
	}
	if (header) {
		for (i = 0; i < npick; i++)
			csv_field(s->fields[pick[i]],
			    strlen(s->fields[pick[i]]), i == 0);
		csv_end();
	}
}

/* Before any record is read, a name no schema has is a usage error. */
static void
check_fields(const char *list)
{
	const char *p, *end;
	size_t i;
	const char *names[] = { "article", "tagged", "mention", "meeting" };

	for (p = list; *p != '\0'; p = *end ? end + 1 : end) {
		end = p + strcspn(p, ",");
		for (i = 0; i < 4; i++)
			if (schema_field(schema_by_name(names[i]), p,
			    (size_t)(end - p)) >= 0)
				break;
		if (i == 4)
			errx(2, "%.*s: no such field", (int)(end - p), p);
	}
}

static void
convert(FILE *fp, const char *name)
{
	struct reader r;
	const struct schema *s;
	ssize_t len;
	int nf, i;

	rd_init(&r, fp, name);
	while ((nf = rd_next(&r)) > 0) {
		if (schema == NULL) {
			if ((s = schema_by_count(nf)) == NULL) {
				rd_bad(&r, "%d fields: not a parley stream", nf);
				continue;
			}
			set_schema(s);
		}
		if (nf != schema->nfield) {
			rd_bad(&r, "%d fields, expected %d (%s)", nf,
			    schema->nfield, schema->name);
			continue;
		}
		for (i = 0; i < npick; i++) {
			len = rec_unescape(r.field[pick[i]], r.flen[pick[i]]);
			if (len < 0)
				break;
			r.flen[pick[i]] = (size_t)len;
		}
		if (i < npick) {
			rd_bad(&r, "field %d: bad escape",
			    pick[i] + 1);
			continue;
		}
		for (i = 0; i < npick; i++)
			csv_field(r.field[pick[i]], r.flen[pick[i]], i == 0);
		csv_end();
	}
	rd_free(&r);
}

int
main(int argc, char *argv[])
{
	int c;

	tool_init(argc, argv);
	std_options(argc, argv, usage_text);
	while ((c = getopt_long(argc, argv, "Hf:s:", longopts, NULL)) != -1) {
		switch (c) {
		case 'H':
			header = 0;
			break;
		case 'f':
			fieldlist = optarg;
			break;
		case 'R':
			rd_open_rejects(optarg);
			break;
		case 's':
			if ((schema = schema_by_name(optarg)) == NULL)
				errx(2, "%s: no such schema (article, tagged, "
				    "mention, meeting)", optarg);
			break;
		default:
			usage_exit(usage_text);
		}
	}
	argc -= optind;
	argv += optind;
	if (fieldlist != NULL && schema == NULL)
		check_fields(fieldlist);
	if (schema != NULL)
		set_schema(schema);
	each_input(argc, argv, convert);
	rd_summary();
	finish();
}

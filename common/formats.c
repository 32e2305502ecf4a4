/*
 * formats.c: what the dump format readers share (formats.h): format names
 * and guessing, the -c column map, field setting, the skip counts.
 */
#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "date.h"
#include "formats.h"
#include "utf8.h"
#include "util.h"

#define PEEK 1024	/* bytes read to guess a format */

static const char *const names[] = {
	"auto", "text", "csv", "jsonl", "reuters", "warc"
};

static const char *const fields[NCOL] = {
	"title", "text", "date", "url", "source"
};

/*
 * Column and key names by convention: CSV exports of news sites and
 * Kaggle sets, news-please, NewsAPI and the like.
 */
static const struct {
	const char *name;
	int col;
} colnames[] = {
	{ "title", COL_TITLE }, { "headline", COL_TITLE },
	{ "text", COL_TEXT }, { "body", COL_TEXT }, { "content", COL_TEXT },
	{ "maintext", COL_TEXT }, { "article", COL_TEXT },
	{ "date", COL_DATE }, { "published", COL_DATE },
	{ "date_publish", COL_DATE }, { "published_at", COL_DATE },
	{ "publishedat", COL_DATE }, { "publish_date", COL_DATE },
	{ "pubdate", COL_DATE },
	{ "url", COL_URL }, { "link", COL_URL },
	{ "source", COL_SOURCE }, { "publication", COL_SOURCE },
	{ "site", COL_SOURCE }, { "source_domain", COL_SOURCE },
};

static struct {
	const char *what;
	unsigned long n;
} skips[8];

fmt_read_fn *
fmt_reader(enum fmt f)
{
	switch (f) {
	case FMT_CSV:
		return fmt_csv_read;
	case FMT_JSONL:
		return fmt_jsonl_read;
	case FMT_REUTERS:
		return fmt_reuters_read;
	case FMT_WARC:
		return fmt_warc_read;
	default:
		return NULL;
	}
}

int
fmt_byname(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
fmt_name(enum fmt f)
{
	return names[f];
}

static int
ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

int
fmt_colname(const char *name, size_t n)
{
	size_t i;

	/* Exports quote or pad their header names now and then. */
	while (n > 0 && (isspace((unsigned char)*name) || *name == '"')) {
		name++;
		n--;
	}
	while (n > 0 && (isspace((unsigned char)name[n - 1]) ||
	    name[n - 1] == '"'))
		n--;
	for (i = 0; i < sizeof(colnames) / sizeof(colnames[0]); i++)
		if (strlen(colnames[i].name) == n &&
		    strncasecmp(name, colnames[i].name, n) == 0)
			return colnames[i].col;
	return -1;
}

/* 1 if the first line of head is a CSV header naming a text column. */
static int
csv_header(const char *head, size_t n)
{
	const char *p = head, *end, *c;

	if ((end = memchr(head, '\n', n)) == NULL)
		end = head + n;
	if (memchr(head, ',', (size_t)(end - head)) == NULL)
		return 0;
	while (p < end) {
		for (c = p; c < end && *c != ','; c++)
			;
		if (fmt_colname(p, (size_t)(c - p)) == COL_TEXT)
			return 1;
		p = c + 1;
	}
	return 0;
}

enum fmt
fmt_guess(const char *path, const char *head, size_t n)
{
	const unsigned char *u = (const unsigned char *)head;
	size_t i = 0;

	if (n >= 2 && u[0] == 0x1f && u[1] == 0x8b)
		return FMT_WARC;	/* the only compressed format read */
	if (path != NULL && strcmp(path, "-") != 0) {
		if (ends(path, ".csv"))
			return FMT_CSV;
		if (ends(path, ".jsonl") || ends(path, ".ndjson") ||
		    ends(path, ".json"))
			return FMT_JSONL;
		if (ends(path, ".sgm") || ends(path, ".sgml"))
			return FMT_REUTERS;
		if (ends(path, ".warc") || ends(path, ".warc.gz"))
			return FMT_WARC;
		if (ends(path, ".txt"))
			return FMT_TEXT;
	}
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		i = 3;
	while (i < n && isspace(u[i]))
		i++;
	if (n - i >= 5 && memcmp(head + i, "WARC/", 5) == 0)
		return FMT_WARC;
	if ((n - i >= 8 && memcmp(head + i, "<REUTERS", 8) == 0) ||
	    (n - i >= 15 && strncasecmp(head + i, "<!DOCTYPE lewis", 15) == 0))
		return FMT_REUTERS;
	if (i < n && head[i] == '{')
		return FMT_JSONL;
	if (csv_header(head + i, n - i))
		return FMT_CSV;
	return FMT_TEXT;
}

/*
 * Standard input cannot seek back over the bytes read to guess, so they
 * are handed out again from a cookie stream in front of it.
 */
struct replay {
	FILE *fp;
	char head[PEEK];
	size_t n, pos;
};

static ssize_t
replay_read(void *cookie, char *buf, size_t size)
{
	struct replay *r = cookie;
	size_t k;

	if (r->pos < r->n) {
		k = r->n - r->pos < size ? r->n - r->pos : size;
		memcpy(buf, r->head + r->pos, k);
		r->pos += k;
		return (ssize_t)k;
	}
	k = fread(buf, 1, size, r->fp);
	if (k == 0 && ferror(r->fp))
		return -1;
	return (ssize_t)k;
}

static int
replay_close(void *cookie)
{
	free(cookie);
	return 0;
}

FILE *
fmt_peek(FILE *fp, const char *path, enum fmt *f)
{
	cookie_io_functions_t io = { replay_read, NULL, NULL, replay_close };
	struct replay *r;
	off_t at;
	FILE *nfp;

	r = ecalloc(1, sizeof(*r));
	r->fp = fp;
	at = ftello(fp);
	r->n = fread(r->head, 1, sizeof(r->head), fp);
	*f = fmt_guess(path, r->head, r->n);
	if (at >= 0 && fseeko(fp, at, SEEK_SET) == 0) {
		free(r);
		return fp;
	}
	clearerr(fp);
	if ((nfp = fopencookie(r, "r", io)) == NULL)
		err(1, "fopencookie");
	return nfp;
}

int
fmt_columns(struct fmt_opts *o, const char *spec)
{
	const char *p = spec, *eq, *end;
	size_t i;
	int k;

	while (*p != '\0') {
		end = p + strcspn(p, ",");
		eq = memchr(p, '=', (size_t)(end - p));
		for (k = -1, i = 0; eq != NULL && i < NCOL; i++)
			if (strlen(fields[i]) == (size_t)(eq - p) &&
			    strncmp(p, fields[i], (size_t)(eq - p)) == 0)
				k = (int)i;
		if (k < 0 || eq + 1 == end) {
			warnx("-c %.*s: want FIELD=COLUMN, FIELD one of "
			    "title, text, date, url, source", (int)(end - p), p);
			return -1;
		}
		free((char *)o->col[k]);
		o->col[k] = estrndup(eq + 1, (size_t)(end - eq - 1));
		p = *end == ',' ? end + 1 : end;
	}
	return 0;
}

void
ra_init(struct raw_article *ra)
{
	memset(ra, 0, sizeof(*ra));
}

void
ra_reset(struct raw_article *ra)
{
	buf_reset(&ra->title);
	buf_reset(&ra->date);
	buf_reset(&ra->source);
	buf_reset(&ra->url);
	buf_reset(&ra->text);
	ra->lineno = 0;
	ra->clean = 0;
}

void
ra_free(struct raw_article *ra)
{
	buf_free(&ra->title);
	buf_free(&ra->date);
	buf_free(&ra->source);
	buf_free(&ra->url);
	buf_free(&ra->text);
}

struct buf *
ra_field(struct raw_article *ra, int col)
{
	switch (col) {
	case COL_TITLE:
		return &ra->title;
	case COL_DATE:
		return &ra->date;
	case COL_URL:
		return &ra->url;
	case COL_SOURCE:
		return &ra->source;
	default:
		return &ra->text;
	}
}

void
fmt_set(struct buf *b, const char *s, size_t n)
{
	static struct buf tmp;
	size_t i;
	unsigned char c;

	buf_reset(b);
	buf_reset(&tmp);
	utf8_repair(&tmp, s, n);
	for (i = 0; i < tmp.len; i++) {
		c = (unsigned char)tmp.s[i];
		if (c < 0x20 || c == 0x7F || c == ' ') {
			if (b->len > 0 && b->s[b->len - 1] != ' ')
				buf_addc(b, ' ');
		} else if (c == 0xC2 && i + 1 < tmp.len &&
		    (unsigned char)tmp.s[i + 1] == 0xA0) {
			i++;	/* no-break space */
			if (b->len > 0 && b->s[b->len - 1] != ' ')
				buf_addc(b, ' ');
		} else {
			buf_addc(b, c);
		}
	}
	if (b->len > 0 && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
}

void
fmt_set_date(struct buf *b, const char *s, size_t n)
{
	struct date d;
	char iso[11];

	buf_reset(b);
	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	if (n > 0 && date_parse(s, n, &d) > 0 && d.y > 0)
		buf_adds(b, date_format(&d, iso));
}

void
fmt_skipped(const char *what)
{
	size_t i;

	for (i = 0; i < sizeof(skips) / sizeof(skips[0]); i++) {
		if (skips[i].what == NULL)
			skips[i].what = what;
		if (strcmp(skips[i].what, what) == 0) {
			skips[i].n++;
			return;
		}
	}
}

void
fmt_summary(void)
{
	size_t i;

	for (i = 0; i < sizeof(skips) / sizeof(skips[0]); i++)
		if (skips[i].what != NULL && skips[i].n > 0)
			warnx("%lu %s skipped", skips[i].n, skips[i].what);
}

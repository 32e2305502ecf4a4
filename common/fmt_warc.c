/*
 * fmt_warc.c: WARC web archives (formats.h), as Common Crawl's CC-NEWS
 * publishes them: a file of records, each compressed as a gzip member of
 * its own (.warc.gz), or plain (.warc). Each HTML response becomes an
 * article: its main text and metadata by html.c, its url the record's
 * WARC-Target-URI. Other records (warcinfo, request, metadata, redirects,
 * images) are passed over without being kept in memory.
 *
 * The records are read from one stream of bytes that inflates member
 * after member, so a record split over members or a whole file in one
 * member reads the same. Messages give the byte offset of the gzip member
 * (what a CDX index gives) or, for a plain file, of the record.
 */
#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "formats.h"
#include "html.h"
#include "util.h"

#define MAXHEAD (64 * 1024)		/* WARC or HTTP headers */
#define MAXPAGE (32 * 1024 * 1024)	/* larger pages are not articles */

struct wsrc {
	FILE *fp;
	const char *name;
	int gz;
	int eof;		/* no more bytes: end, or an error reported */
	int broken;		/* the error: records cut by it go unreported */
	z_stream z;
	int inmember;		/* inside a gzip member */
	unsigned long long readin;	/* compressed bytes read from fp */
	unsigned long long member;	/* offset of the member of out */
	unsigned long long next;	/* offset of the next member */
	unsigned long long handed;	/* plain: offset of out[0] */
	unsigned char in[16384];
	unsigned char out[65536];
	size_t opos, olen;
};

/* Refill out; 0 at the end of the input. */
static int
ws_fill(struct wsrc *w)
{
	size_t k;
	int r;

	w->handed += w->olen;
	w->opos = w->olen = 0;
	while (!w->eof && w->olen == 0) {
		if (!w->gz) {
			w->olen = fread(w->out, 1, sizeof(w->out), w->fp);
			if (w->olen == 0)
				w->eof = 1;
			break;
		}
		if (w->z.avail_in == 0) {
			k = fread(w->in, 1, sizeof(w->in), w->fp);
			if (k == 0) {
				if (w->inmember) {
					warnx("%s: offset %llu: gzip member "
					    "cut short", w->name, w->member);
					rval = 1;
					w->broken = 1;
				}
				w->eof = 1;
				break;
			}
			w->readin += k;
			w->z.next_in = w->in;
			w->z.avail_in = (uInt)k;
		}
		if (!w->inmember) {
			w->member = w->next;
			w->inmember = 1;
		}
		w->z.next_out = w->out;
		w->z.avail_out = sizeof(w->out);
		r = inflate(&w->z, Z_NO_FLUSH);
		w->olen = sizeof(w->out) - w->z.avail_out;
		if (r == Z_STREAM_END) {
			/* The next member starts where this one ended. */
			w->next = w->readin - w->z.avail_in;
			w->inmember = 0;
			inflateReset(&w->z);
		} else if (r != Z_OK && r != Z_BUF_ERROR) {
			warnx("%s: offset %llu: bad gzip data: %s", w->name,
			    w->member, w->z.msg != NULL ? w->z.msg :
			    "inflate failed");
			rval = 1;
			w->eof = 1;
			w->broken = 1;
		}
	}
	if (ferror(w->fp)) {
		warn("%s", w->name);
		rval = 1;
		w->eof = 1;
		w->broken = 1;
	}
	return w->olen > 0;
}

/* Offset of the next byte, for messages: its member, or its place. */
static unsigned long long
ws_offset(struct wsrc *w)
{
	if (w->opos == w->olen)
		ws_fill(w);
	return w->gz ? w->member : w->handed + w->opos;
}

/*
 * Read a line (LF included) into b; 0 at the end. Of a line longer than
 * max only the first max bytes are kept.
 */
static int
ws_line(struct wsrc *w, struct buf *b, size_t max)
{
	unsigned char *nl;
	size_t k, got = 0;

	buf_reset(b);
	for (;;) {
		if (w->opos == w->olen && !ws_fill(w))
			return got > 0;
		k = w->olen - w->opos;
		nl = memchr(w->out + w->opos, '\n', k);
		if (nl != NULL)
			k = (size_t)(nl - (w->out + w->opos)) + 1;
		if (b->len < max)
			buf_add(b, w->out + w->opos, b->len + k > max ?
			    max - b->len : k);
		w->opos += k;
		got += k;
		if (nl != NULL)
			return 1;
	}
}

/* Read n bytes into b (or skip them if b is NULL); the count read. */
static size_t
ws_read(struct wsrc *w, struct buf *b, size_t n)
{
	size_t got = 0, k;

	while (got < n) {
		if (w->opos == w->olen && !ws_fill(w))
			break;
		k = w->olen - w->opos;
		if (k > n - got)
			k = n - got;
		if (b != NULL)
			buf_add(b, w->out + w->opos, k);
		w->opos += k;
		got += k;
	}
	return got;
}

/* A header line "Name: value": the value, trimmed, if the name is name. */
static const char *
header(const char *line, const char *name, size_t *n)
{
	size_t k = strlen(name);
	const char *v;

	if (strncasecmp(line, name, k) != 0 || line[k] != ':')
		return NULL;
	for (v = line + k + 1; *v == ' ' || *v == '\t'; v++)
		;
	*n = strcspn(v, "\r\n");
	while (*n > 0 && (v[*n - 1] == ' ' || v[*n - 1] == '\t'))
		(*n)--;
	return v;
}

/* Undo chunked transfer coding in place; 0 if it is not well formed. */
static int
dechunk(struct buf *b, size_t start)
{
	char *p = b->s + start, *end = b->s + b->len, *q = p, *e;
	unsigned long k;

	for (;;) {
		k = strtoul(p, &e, 16);
		if (e == p || (e = memchr(e, '\n', (size_t)(end - e))) == NULL)
			return 0;
		p = e + 1;
		if (k == 0)
			break;
		if (k > (size_t)(end - p))
			return 0;
		memmove(q, p, k);
		q += k;
		p += k;
		if (p < end && *p == '\r')
			p++;
		if (p < end && *p == '\n')
			p++;
	}
	b->len = (size_t)(q - b->s);
	b->s[b->len] = '\0';
	return 1;
}

/* Undo gzip or deflate content coding of b from start; 0 on bad data. */
static int
decode(struct buf *b, size_t start, struct buf *tmp)
{
	z_stream z;
	int r;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 32) != Z_OK)	/* gzip or zlib */
		return 0;
	buf_reset(tmp);
	z.next_in = (unsigned char *)b->s + start;
	z.avail_in = (uInt)(b->len - start);
	do {
		buf_reserve(tmp, 65536);
		z.next_out = (unsigned char *)tmp->s + tmp->len;
		z.avail_out = (uInt)(tmp->cap - tmp->len - 1);
		r = inflate(&z, Z_NO_FLUSH);
		tmp->len = tmp->cap - 1 - z.avail_out;
		if (tmp->len > MAXPAGE)
			r = Z_DATA_ERROR;
	} while (r == Z_OK);
	inflateEnd(&z);
	if (r != Z_STREAM_END)
		return 0;
	b->len = start;
	buf_add(b, tmp->s, tmp->len);
	return 1;
}

struct record {
	struct buf line, block, tmp;
	struct buf uri, type, ctype;
	unsigned long long off;
	struct raw_article ra;
};

/*
 * An HTTP response: the page, if it is a successful HTML one, to
 * html_extract. Returns 0 if the record is malformed.
 */
static int
response(struct wsrc *w, struct record *r, size_t hstart,
    fmt_article_fn *fn, void *arg)
{
	struct buf *b = &r->block;
	const char *p, *end, *v, *eol;
	size_t n, body;
	int status, chunked = 0, html = 0;
	char coding[16] = "";

	p = b->s + hstart;
	end = b->s + b->len;
	if (sscanf(p, "HTTP/%*[0-9.] %d", &status) != 1) {
		warnx("%s: offset %llu: no HTTP status line in a response",
		    w->name, r->off);
		return 0;
	}
	for (;;) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL) {
			warnx("%s: offset %llu: HTTP headers not ended",
			    w->name, r->off);
			return 0;
		}
		p = eol + 1;
		if (*p == '\n' || (*p == '\r' && p[1] == '\n'))
			break;
		if ((v = header(p, "Content-Type", &n)) != NULL)
			html = memmem(v, n, "html", 4) != NULL;
		else if ((v = header(p, "Transfer-Encoding", &n)) != NULL)
			chunked = memmem(v, n, "chunked", 7) != NULL;
		else if ((v = header(p, "Content-Encoding", &n)) != NULL &&
		    n < sizeof(coding)) {
			memcpy(coding, v, n);
			coding[n] = '\0';
		}
	}
	body = (size_t)(p + (*p == '\r' ? 2 : 1) - b->s);
	if (status != 200 || !html)
		return 1;
	if (chunked && !dechunk(b, body)) {
		warnx("%s: offset %llu: bad chunked encoding", w->name, r->off);
		return 0;
	}
	if ((strcasecmp(coding, "gzip") == 0 || strcasecmp(coding, "x-gzip") ==
	    0 || strcasecmp(coding, "deflate") == 0) && !decode(b, body,
	    &r->tmp)) {
		warnx("%s: offset %llu: bad %s content encoding", w->name,
		    r->off, coding);
		return 0;
	}
	ra_reset(&r->ra);
	r->ra.lineno = (unsigned long)r->off;
	fmt_set(&r->ra.url, r->uri.s != NULL ? r->uri.s : "", r->uri.len);
	if (html_extract(b->s + body, b->len - body, &r->ra))
		fn(&r->ra, arg);
	else
		fmt_skipped("HTML pages without article text");
	return 1;
}

/*
 * Read the rest of a record whose version line has been read. Returns 1,
 * 0 at the end of the input, -1 after a malformed record (reported).
 */
static int
record(struct wsrc *w, struct record *r, fmt_article_fn *fn, void *arg)
{
	const char *v;
	char *e;
	unsigned long long len = 0;
	int have_len = 0, resp, res;
	size_t n;

	buf_reset(&r->uri);
	buf_reset(&r->type);
	buf_reset(&r->ctype);
	for (;;) {
		if (!ws_line(w, &r->line, MAXHEAD)) {
			if (!w->broken)
				warnx("%s: offset %llu: WARC headers not "
				    "ended", w->name, r->off);
			return -1;
		}
		if (strspn(r->line.s, "\r\n") == r->line.len)
			break;
		if ((v = header(r->line.s, "WARC-Type", &n)) != NULL)
			buf_add(&r->type, v, n);
		else if ((v = header(r->line.s, "WARC-Target-URI", &n)) != NULL)
			/* WARC 1.0 examples wrap the URI in <>. */
			buf_add(&r->uri, v + (*v == '<'), n - (*v == '<') -
			    (n > 1 && v[n - 1] == '>'));
		else if ((v = header(r->line.s, "Content-Type", &n)) != NULL)
			buf_add(&r->ctype, v, n);
		else if ((v = header(r->line.s, "Content-Length", &n)) !=
		    NULL) {
			errno = 0;
			len = strtoull(v, &e, 10);
			have_len = e != v && e == v + n && errno == 0;
		}
	}
	if (!have_len) {
		warnx("%s: offset %llu: no valid Content-Length", w->name,
		    r->off);
		return -1;
	}
	buf_reset(&r->block);
	resp = r->type.s != NULL && strcmp(r->type.s, "response") == 0 &&
	    r->ctype.s != NULL && strncmp(r->ctype.s, "application/http",
	    16) == 0;
	/* Some archives keep fetched pages as resource records. */
	res = r->type.s != NULL && strcmp(r->type.s, "resource") == 0 &&
	    r->ctype.s != NULL && strstr(r->ctype.s, "html") != NULL;
	if (len > MAXPAGE || (!resp && !res)) {
		if (ws_read(w, NULL, len) < len)
			goto short_block;
		return 1;
	}
	if (ws_read(w, &r->block, len) < len)
		goto short_block;
	if (resp)
		return response(w, r, 0, fn, arg) ? 1 : -1;
	ra_reset(&r->ra);
	r->ra.lineno = (unsigned long)r->off;
	fmt_set(&r->ra.url, r->uri.s != NULL ? r->uri.s : "", r->uri.len);
	if (html_extract(r->block.s, r->block.len, &r->ra))
		fn(&r->ra, arg);
	else
		fmt_skipped("HTML pages without article text");
	return 1;

short_block:
	rval = 1;
	if (!w->broken)
		warnx("%s: offset %llu: record cut short: Content-Length %llu",
		    w->name, r->off, len);
	return 0;
}

void
fmt_warc_read(FILE *fp, const char *path, const struct fmt_opts *o,
    fmt_article_fn *fn, void *arg)
{
	struct wsrc *w;
	struct record r;
	int c, k, junk = 0;

	(void)o;
	w = ecalloc(1, sizeof(*w));
	w->fp = fp;
	w->name = path == NULL || strcmp(path, "-") == 0 ? "stdin" : path;
	c = getc(fp);
	if (c != EOF)
		ungetc(c, fp);
	w->gz = c == 0x1f;
	if (w->gz && inflateInit2(&w->z, 15 + 16) != Z_OK)
		errx(1, "inflateInit2 failed");
	memset(&r, 0, sizeof(r));
	for (;;) {
		r.off = ws_offset(w);
		if (!ws_line(w, &r.line, MAXHEAD))
			break;
		if (strspn(r.line.s, "\r\n") == r.line.len)
			continue;
		if (strncmp(r.line.s, "WARC/", 5) != 0) {
			/* Report once, then look for the next record. */
			if (!junk)
				warnx("%s: offset %llu: not a WARC record: no "
				    "WARC/ version line", w->name, r.off);
			rval = 1;
			junk = 1;
			continue;
		}
		junk = 0;
		if ((k = record(w, &r, fn, arg)) == 0)
			break;
		if (k < 0)
			rval = 1;
	}
	if (w->gz)
		inflateEnd(&w->z);
	ra_free(&r.ra);
	buf_free(&r.line);
	buf_free(&r.block);
	buf_free(&r.tmp);
	buf_free(&r.uri);
	buf_free(&r.type);
	buf_free(&r.ctype);
	free(w);
}

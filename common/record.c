/*
 * record.c: reading, splitting, escaping and rejecting line records (record.h).
 */
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "util.h"

static FILE *rejects;
static unsigned long nrejected;

void
rd_init(struct reader *r, FILE *fp, const char *name)
{
	memset(r, 0, sizeof(*r));
	r->fp = fp;
	r->name = (name == NULL || strcmp(name, "-") == 0) ? "stdin" : name;
}

void
rd_free(struct reader *r)
{
	free(r->line);
	free(r->raw);
	r->line = r->raw = NULL;
	r->cap = r->rawcap = r->rawlen = 0;
}

int
rd_line(struct reader *r)
{
	ssize_t n;

	r->split = 0;
	r->nfield = 0;
	r->haveraw = 0;
	n = getline(&r->line, &r->cap, r->fp);
	if (n < 0) {
		if (ferror(r->fp)) {
			warn("%s", r->name);
			rval = 1;
		}
		return 0;
	}
	r->lineno++;
	if (n > 0 && r->line[n - 1] == '\n')
		r->line[--n] = '\0';
	/*
	 * A byte order mark opening a file (Windows editors write one) is
	 * not text: left in, it would hide a header's '#' or join the first
	 * field.
	 */
	if (r->lineno == 1 && n >= 3 && memcmp(r->line, "\xEF\xBB\xBF", 3) == 0) {
		n -= 3;
		memmove(r->line, r->line + 3, (size_t)n + 1);
	}
	r->len = (size_t)n;
	/*
	 * Tools unescape and cut fields in place; a reject must still be the
	 * line as it came (CR, NUL bytes and all), so keep it while asked to.
	 */
	if (rejects != NULL) {
		if (r->rawcap < r->len + 1) {
			r->rawcap = r->len + 1;
			r->raw = erealloc(r->raw, r->rawcap);
		}
		memcpy(r->raw, r->line, r->len);
		r->rawlen = r->len;
		r->haveraw = 1;
	} else
		r->haveraw = 0;
	return 1;
}

int
rd_next(struct reader *r)
{
	char *p, *end, *tab;
	int nf;

	for (;;) {
		if (!rd_line(r))
			return 0;
		if (r->line[0] == '#')
			continue;
		if (memchr(r->line, '\0', r->len) == NULL)
			break;
		rd_bad(r, "NUL byte in record");
	}
	/* A CR before the LF is a CRLF line end, not field content. */
	if (r->len > 0 && r->line[r->len - 1] == '\r')
		r->line[--r->len] = '\0';
	p = r->line;
	end = r->line + r->len;
	for (nf = 0;; nf++) {
		tab = memchr(p, '\t', (size_t)(end - p));
		if (nf < REC_MAXFIELDS) {
			r->field[nf] = p;
			r->flen[nf] = (size_t)((tab ? tab : end) - p);
		}
		if (tab == NULL)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	r->split = 1;
	r->nfield = nf + 1 > REC_MAXFIELDS ? REC_MAXFIELDS + 1 : nf + 1;
	return r->nfield;
}

void
rd_bad(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	size_t i;

	fprintf(stderr, "%s: %s:%lu: ", program_invocation_short_name,
	    r->name, r->lineno);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	nrejected++;
	rval = 1;
	if (rejects == NULL)
		return;
	if (r->haveraw) {
		fwrite(r->raw, 1, r->rawlen, rejects);
		putc_unlocked('\n', rejects);
		if (ferror(rejects))
			err(1, "rejects file");
		return;
	}
	/* No copy (rejects set late): put the TABs back where rd_next cut. */
	for (i = 0; i < r->len; i++)
		putc_unlocked(r->split && r->line[i] == '\0' ? '\t' :
		    r->line[i], rejects);
	putc_unlocked('\n', rejects);
	if (ferror(rejects))
		err(1, "rejects file");
}

void
rd_set_rejects(FILE *fp)
{
	rejects = fp;
}

void
rd_open_rejects(const char *path)
{
	FILE *fp;

	if ((fp = fopen(path, "w")) == NULL)
		err(1, "%s", path);
	rd_set_rejects(fp);
}

unsigned long
rd_summary(void)
{
	if (nrejected > 0)
		warnx("%lu malformed record%s skipped", nrejected,
		    nrejected == 1 ? "" : "s");
	if (rejects != NULL && fflush(rejects) == EOF)
		err(1, "rejects file");
	return nrejected;
}

/* The byte an escape "\\c" stands for, or -1 if c escapes nothing. */
static int
unescaped(char c)
{
	switch (c) {
	case '\\': return '\\';
	case 't': return '\t';
	case 'n': return '\n';
	case 'r': return '\r';
	default: return -1;
	}
}

int
rec_escapes_ok(const char *s, size_t n)
{
	const char *bs, *end = s + n;

	while ((bs = memchr(s, '\\', (size_t)(end - s))) != NULL) {
		if (bs + 1 == end || unescaped(bs[1]) < 0)
			return 0;
		s = bs + 2;
	}
	return 1;
}

int
rd_bad_escape(const struct reader *r)
{
	int i;

	for (i = 0; i < r->nfield && i < REC_MAXFIELDS; i++)
		if (!rec_escapes_ok(r->field[i], r->flen[i]))
			return i;
	return -1;
}

/*
 * Texts escape a newline every paragraph or so: both passes jump from
 * backslash to backslash with memchr and move the runs between them whole.
 * The first pass, which checks, keeps where the first backslashes are, so
 * the second finds them again without a search.
 */
ssize_t
rec_unescape(char *s, size_t n)
{
	char *bs = memchr(s, '\\', n), *end = s + n, *p, *q, *w;
	char *at[64];
	size_t k, nat = 0;

	if (bs == NULL)
		return (ssize_t)n;
	/* Check first, so a bad field is left as it was. */
	for (p = bs; p != NULL; p = memchr(p + 2, '\\', (size_t)(end - p - 2))) {
		if (p + 1 == end || unescaped(p[1]) < 0)
			return -1;
		if (nat < sizeof(at) / sizeof(at[0]))
			at[nat++] = p;
	}
	w = bs;
	for (k = 0, p = bs; p < end; p = q) {
		*w++ = (char)unescaped(p[1]);
		p += 2;
		if (++k < nat)
			q = at[k];
		else if (nat < sizeof(at) / sizeof(at[0]) ||
		    (q = memchr(p, '\\', (size_t)(end - p))) == NULL)
			q = end;	/* all were kept: none is left */
		memmove(w, p, (size_t)(q - p));
		w += q - p;
	}
	*w = '\0';
	return w - s;
}

/*
 * rec_unescape into another buffer, in one pass: the runs between
 * backslashes are copied whole, each escape checked as it is met. The
 * caller that unescapes a copy (tag-entities) reads the field once, not
 * four times (check, copy, check, move).
 */
ssize_t
rec_unescape_to(char *dst, const char *s, size_t n)
{
	const char *end = s + n, *bs;
	char *w = dst;
	int c;

	while ((bs = memchr(s, '\\', (size_t)(end - s))) != NULL) {
		if (bs + 1 == end || (c = unescaped(bs[1])) < 0)
			return -1;
		memcpy(w, s, (size_t)(bs - s));
		w += bs - s;
		*w++ = (char)c;
		s = bs + 2;
	}
	memcpy(w, s, (size_t)(end - s));
	w += end - s;
	*w = '\0';
	return w - dst;
}

/*
 * The fields are cut in place, so the first k lie one after another in
 * the line with a NUL where each TAB was: put the TABs back between them
 * and write them in one piece.
 */
void
rd_put_fields(struct reader *r, int k, FILE *fp)
{
	int i;

	if (k <= 0)
		return;
	if (k > r->nfield)
		k = r->nfield;
	if (k > REC_MAXFIELDS)
		k = REC_MAXFIELDS;
	for (i = 0; i + 1 < k; i++)
		r->field[i][r->flen[i]] = '\t';
	fwrite(r->field[0], 1, (size_t)(r->field[k - 1] + r->flen[k - 1] -
	    r->field[0]), fp);
}

void
rec_put(FILE *fp, const char *s, size_t n)
{
	const char *run = s, *end;

	/* An empty field may be a buffer never allocated: s is NULL. */
	if (n == 0)
		return;
	end = s + n;
	for (; s < end; s++) {
		const char *esc;
		uint64_t w;

		/*
		 * Skip eight bytes at a time while none can need escaping:
		 * no byte below 0x0E (TAB, LF, CR are 0x09, 0x0A, 0x0D) and
		 * no backslash. The usual bit trick finds a byte below k or
		 * equal to c in a word; a false alarm only slows us down.
		 */
		while (end - s >= 8) {
			memcpy(&w, s, 8);
			if ((((w - 0x0E0E0E0E0E0E0E0EULL) | ((w ^ 0x5C5C5C5C5C5C5C5CULL) -
			    0x0101010101010101ULL)) & ~w & 0x8080808080808080ULL) != 0)
				break;
			s += 8;
		}
		if (s == end)
			break;

		switch (*s) {
		case '\\': esc = "\\\\"; break;
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		default: continue;
		}
		fwrite(run, 1, (size_t)(s - run), fp);
		fwrite(esc, 1, 2, fp);
		run = s + 1;
	}
	fwrite(run, 1, (size_t)(end - run), fp);
}

void
rec_puts(FILE *fp, const char *s)
{
	rec_put(fp, s, strlen(s));
}

void
rec_items(const char *s, size_t n, int sep, rec_item_fn *fn, void *arg)
{
	const char *end = s + n, *p;

	while (s < end) {
		p = memchr(s, sep, (size_t)(end - s));
		if (p == NULL)
			p = end;
		if (p > s)
			fn(s, (size_t)(p - s), arg);
		s = p + 1;
	}
}

static const char *const article_fields[] = {
	"id", "date", "source", "url", "title", "text"
};
static const char *const tagged_fields[] = {
	"id", "date", "source", "url", "title", "text", "entities"
};
static const char *const mention_fields[] = {
	"doc", "sentence", "start", "end", "type", "actor", "affiliation",
	"surface"
};
static const char *const meeting_fields[] = {
	"id", "date", "status", "place", "country", "parties", "people", "host",
	"code", "reports", "docs", "when", "outcome", "evidence", "score"
};

static const struct schema schemas[] = {
	{ "article", NF_ARTICLE, article_fields },
	{ "tagged", NF_TAGGED, tagged_fields },
	{ "mention", NF_MENTION, mention_fields },
	{ "meeting", NF_MEETING, meeting_fields },
};

const struct schema *
schema_by_count(int nfield)
{
	size_t i;

	for (i = 0; i < sizeof(schemas) / sizeof(schemas[0]); i++)
		if (schemas[i].nfield == nfield)
			return &schemas[i];
	return NULL;
}

const struct schema *
schema_by_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(schemas) / sizeof(schemas[0]); i++)
		if (strcmp(schemas[i].name, name) == 0)
			return &schemas[i];
	return NULL;
}

int
schema_field(const struct schema *s, const char *name, size_t n)
{
	int i;

	for (i = 0; i < s->nfield; i++)
		if (strlen(s->fields[i]) == n &&
		    strncmp(s->fields[i], name, n) == 0)
			return i;
	return -1;
}

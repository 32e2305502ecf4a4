/*
 * fmt_reuters.c: the Reuters-21578 collection's SGML (formats.h): files
 * of <REUTERS NEWID="n"> stories with <DATE>, <TITLE>, <DATELINE> and
 * <BODY> inside <TEXT>, SGML character references for <, > and &, and
 * the wire's control characters (&#2; &#3; &#5; ...) around the text.
 * A story is read whole, a line at a time, then taken apart; stories
 * without a body (TYPE="BRIEF" has only a title) are counted and skipped.
 */
#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "formats.h"
#include "record.h"
#include "utf8.h"
#include "util.h"

struct story {
	struct reader rd;
	const char *path;
	struct buf s;		/* the story's SGML, lines joined by LF */
	unsigned long line;	/* line of its <REUTERS> tag */
	struct buf tmp, body;
	struct raw_article ra;
};

/* Line of byte off in the story, for messages. */
static unsigned long
line_at(const struct story *st, size_t off)
{
	unsigned long l = st->line;
	size_t i;

	for (i = 0; i < off && i < st->s.len; i++)
		if (st->s.s[i] == '\n')
			l++;
	return l;
}

/*
 * Find element name in the story: its content in *p, *n. 1 if found, 0
 * if absent, -1 (reported) if opened and not closed.
 */
static int
element(struct story *st, const char *name, const char **p, size_t *n)
{
	char open[32], close[32];
	const char *a, *b, *gt;
	size_t k;

	snprintf(open, sizeof(open), "<%s", name);
	snprintf(close, sizeof(close), "</%s>", name);
	k = strlen(open);
	for (a = st->s.s; (a = strstr(a, open)) != NULL; a += k)
		if (a[k] == '>' || a[k] == ' ')
			break;
	if (a == NULL)
		return 0;
	if ((gt = strchr(a, '>')) == NULL || (b = strstr(gt, close)) == NULL) {
		warnx("%s:%lu: <%s> not closed", st->rd.name,
		    line_at(st, (size_t)(a - st->s.s)), name);
		rval = 1;
		return -1;
	}
	*p = gt + 1;
	*n = (size_t)(b - *p);
	return 1;
}

/*
 * Undo character references (&lt; &#3; ...) into out; control
 * characters, written as references or raw, go, except line ends.
 */
static void
decode(struct buf *out, const char *s, size_t n)
{
	static const struct {
		const char *name;
		char c;
	} ents[] = {
		{ "lt", '<' }, { "gt", '>' }, { "amp", '&' },
		{ "quot", '"' }, { "apos", '\'' },
	};
	const char *semi;
	unsigned long v;
	size_t i, j, k;
	char *end;

	for (i = 0; i < n; i++) {
		if (s[i] == '&' && (semi = memchr(s + i, ';',
		    n - i < 12 ? n - i : 12)) != NULL) {
			k = (size_t)(semi - s - i - 1);
			if (s[i + 1] == '#') {
				v = strtoul(s + i + 2, &end, 10);
				if (end == semi) {
					if (v >= 0x20 && v != 0x7F)
						utf8_put(out, (uint32_t)v);
					else if (v == '\n')
						buf_addc(out, '\n');
					i += k + 1;
					continue;
				}
			}
			for (j = 0; j < sizeof(ents) / sizeof(ents[0]); j++)
				if (strlen(ents[j].name) == k &&
				    memcmp(s + i + 1, ents[j].name, k) == 0)
					break;
			if (j < sizeof(ents) / sizeof(ents[0])) {
				buf_addc(out, ents[j].c);
				i += k + 1;
				continue;
			}
		}
		if ((unsigned char)s[i] >= 0x20 || s[i] == '\n' || s[i] == '\t')
			buf_addc(out, s[i]);
	}
}

/* The wire's sign-off closing a body: "Reuter", "REUTER", "Reuters". */
static size_t
strip_signoff(const char *s, size_t n)
{
	size_t e = n, b;

	while (e > 0 && isspace((unsigned char)s[e - 1]))
		e--;
	for (b = e; b > 0 && isalpha((unsigned char)s[b - 1]); b--)
		;
	if ((e - b == 6 || e - b == 7) && strncasecmp(s + b, "reuters",
	    e - b) == 0 && (b == 0 || isspace((unsigned char)s[b - 1])))
		e = b;
	while (e > 0 && isspace((unsigned char)s[e - 1]))
		e--;
	return e;
}

/*
 * Unwrap the body: the wire wraps lines at about 70 columns and indents
 * the first line of each paragraph, so a line continues the paragraph
 * above unless it is indented or blank. Paragraphs end in LF, one a line,
 * as the cleaning expects of text that is not hard-wrapped.
 */
static void
reflow(struct buf *out, const char *s, size_t n)
{
	const char *end = s + n, *nl, *p;
	size_t k;
	int para = 1;

	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (nl == NULL)
			nl = end;
		for (p = s; p < nl && (*p == ' ' || *p == '\t'); p++)
			;
		k = (size_t)(nl - p);
		while (k > 0 && isspace((unsigned char)p[k - 1]))
			k--;
		if (k == 0) {
			para = 1;
		} else {
			if (p > s && !para)
				para = 1;
			if (para && out->len > 0 && out->s[out->len - 1] != ' ')
				buf_addc(out, '\n');
			else if (!para)
				buf_addc(out, ' ');
			buf_add(out, p, k);
			para = 0;
		}
		s = nl + 1;
	}
}

static void
story_done(struct story *st, fmt_article_fn *fn, void *arg)
{
	struct raw_article *ra = &st->ra;
	const char *p, *id;
	size_t n;
	int r;

	ra_reset(ra);
	ra->lineno = st->line;
	buf_reset(&st->body);
	if ((r = element(st, "BODY", &p, &n)) < 0)
		return;
	if (r == 0) {
		/* TYPE="UNPROC" stories are text with no markup inside. */
		if (strstr(st->s.s, "TYPE=\"UNPROC\"") == NULL ||
		    element(st, "TEXT", &p, &n) <= 0) {
			fmt_skipped("Reuters stories without a body");
			return;
		}
	}
	decode(&st->body, p, n);
	/* An empty <BODY></BODY> decodes to nothing: body.s may be NULL. */
	buf_reserve(&st->body, 0);
	st->body.len = strip_signoff(st->body.s, st->body.len);
	st->body.s[st->body.len] = '\0';
	if (st->body.len == 0) {
		fmt_skipped("Reuters stories without a body");
		return;
	}
	/* The dateline opens the text, as on the wire. */
	if (element(st, "DATELINE", &p, &n) > 0) {
		buf_reset(&st->tmp);
		decode(&st->tmp, p, n);
		fmt_set(&ra->text, st->tmp.s, st->tmp.len);
		if (ra->text.len > 0)
			buf_addc(&ra->text, ' ');
	}
	reflow(&ra->text, st->body.s, st->body.len);
	if (element(st, "TITLE", &p, &n) > 0) {
		buf_reset(&st->tmp);
		decode(&st->tmp, p, n);
		fmt_set(&ra->title, st->tmp.s, st->tmp.len);
	}
	if (element(st, "DATE", &p, &n) > 0)
		fmt_set_date(&ra->date, p, n);
	buf_adds(&ra->source, "Reuters");
	if (st->path != NULL && (id = strstr(st->s.s, "NEWID=\"")) != NULL) {
		id += 7;
		/* Through fmt_set: the NEWID bytes are the input's, any bytes. */
		buf_reset(&st->tmp);
		buf_printf(&st->tmp, "%s#%.*s", st->path,
		    (int)strcspn(id, "\""), id);
		fmt_set(&ra->url, st->tmp.s, st->tmp.len);
	}
	fn(ra, arg);
}

void
fmt_reuters_read(FILE *fp, const char *path, const struct fmt_opts *o,
    fmt_article_fn *fn, void *arg)
{
	struct story st;
	const char *open;
	int in = 0, junk = 0;

	(void)o;
	memset(&st, 0, sizeof(st));
	rd_init(&st.rd, fp, path);
	st.path = path == NULL || strcmp(path, "-") == 0 ? NULL : path;
	while (rd_line(&st.rd)) {
		open = strstr(st.rd.line, "<REUTERS");
		if (open != NULL && in) {
			warnx("%s:%lu: story not closed before the next "
			    "<REUTERS>", st.rd.name, st.line);
			rval = 1;
			in = 0;
		}
		if (open != NULL) {
			in = 1;
			junk = 0;
			buf_reset(&st.s);
			st.line = st.rd.lineno;
		}
		if (!in) {
			if (!junk && strncmp(st.rd.line, "<!DOCTYPE", 9) != 0 &&
			    st.rd.line[strspn(st.rd.line, " \t\r")] != '\0') {
				warnx("%s:%lu: text outside a <REUTERS> story",
				    st.rd.name, st.rd.lineno);
				rval = 1;
				junk = 1;
			}
			continue;
		}
		buf_add(&st.s, st.rd.line, st.rd.len);
		buf_addc(&st.s, '\n');
		if (strstr(st.rd.line, "</REUTERS>") != NULL) {
			in = 0;
			story_done(&st, fn, arg);
		}
	}
	if (in) {
		warnx("%s:%lu: story not closed at the end of the input",
		    st.rd.name, st.line);
		rval = 1;
	}
	ra_free(&st.ra);
	buf_free(&st.s);
	buf_free(&st.tmp);
	buf_free(&st.body);
	rd_free(&st.rd);
}

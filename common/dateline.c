/*
 * dateline.c: source lines and wire datelines (dateline.h).
 *
 * A source line is short and, apart from the date, holds only names
 * (capitalised words), labels such as "Published" or "Updated", times, and
 * separators; one lower-case word of prose makes it a sentence instead.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <err.h>
#include <pcre2.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "dateline.h"

#define MAXLINE 200	/* bytes: a source line is never longer */
#define MAXSOURCE 5	/* words in a publication's name */

static int
is_digit(int c)
{
	return (unsigned)c - '0' < 10u;
}

static int
is_alnum(int c)
{
	return is_digit(c) || (unsigned)(c | 0x20) - 'a' < 26u;
}

/* Append d to date as ISO 8601 unless date is filled already. */
static void
put_date(struct buf *date, const struct date *d)
{
	char iso[11];

	if (date->len == 0)
		buf_adds(date, date_format(d, iso));
}

/*
 * 1 if a date may start at s: date_parse takes one starting with a digit
 * or with a month or day name, full or cut short to three letters or more
 * (the three-letter heads below). Most words are neither, and are not
 * parsed at all.
 */
#define BIT(c) (1UL << ((c) - 'a'))

static int
may_start_date(const unsigned char *s, size_t n)
{
	static const char heads[] = "apr aug dec feb fri jan jul jun mar may "
	    "mon nov oct sat sep sun thu tue wed ";
	/* Where the heads of each first letter start in heads. */
	static const unsigned char head_at[26] = {
		['a' - 'a'] = 0, ['d' - 'a'] = 8, ['f' - 'a'] = 12,
		['j' - 'a'] = 20, ['m' - 'a'] = 32, ['n' - 'a'] = 44,
		['o' - 'a'] = 48, ['s' - 'a'] = 52, ['t' - 'a'] = 64,
		['w' - 'a'] = 72
	};
	/* Their first letters: most words fail on the first test. */
	const unsigned long first = BIT('a') | BIT('d') | BIT('f') |
	    BIT('j') | BIT('m') | BIT('n') | BIT('o') | BIT('s') | BIT('t') |
	    BIT('w');
	const char *h;
	char w[3];
	size_t k;

	if (n > 0 && is_digit(s[0]))
		return 1;
	if (n < 3)
		return 0;
	for (k = 0; k < 3; k++) {
		if ((unsigned)(s[k] | 0x20) - 'a' >= 26u)
			return 0;
		w[k] = (char)(s[k] | 0x20);
	}
	if ((first & BIT(w[0])) == 0)
		return 0;
	/* The heads are in order of first letter: start at the first one's. */
	for (h = heads + head_at[w[0] - 'a']; h[0] == w[0]; h += 4)
		if (h[1] == w[1] && h[2] == w[2])
			return 1;
	return 0;
}

/*
 * Find the first date in s that has at least a year and a month (a year
 * alone is too often a number in a headline); its span in *start, *end.
 * A year is written in digits, so no such date starts after the last one.
 */
static int
find_date(const char *s, size_t n, size_t *start, size_t *end, struct date *d)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, l, last;

	for (last = n; last > 0 && !is_digit(u[last - 1]); last--)
		;
	for (i = 0; i < last; i++) {
		if (i > 0 && is_alnum(u[i - 1]))
			continue;
		if (may_start_date(u + i, n - i) &&
		    (l = date_parse(s + i, n - i, d)) > 0 && d->y != 0 &&
		    d->m != 0) {
			*start = i;
			*end = i + l;
			return 1;
		}
	}
	return 0;
}

/* Words of a source line that are neither source nor prose. */
static int
label_word(const char *w, size_t n)
{
#define L(w) { w, sizeof(w) - 1 }
	static const struct {
		const char *s;
		size_t len;
	} labels[] = {
		L("published"), L("updated"), L("posted"), L("last"),
		L("first"), L("modified"), L("date"), L("dated"), L("on"),
		L("at"), L("am"), L("pm"), L("a.m"), L("p.m"), L("gmt"),
		L("utc"), L("bst"), L("edt"), L("est"), L("cet"), L("cest"),
		L("et"), L("ist"), L("monday"), L("tuesday"), L("wednesday"),
		L("thursday"), L("friday"), L("saturday"), L("sunday"),
		L("mon"), L("tue"), L("wed"), L("thu"), L("fri"), L("sat"),
		L("sun")
	};
#undef L
	size_t i;

	/* The first letter is compared before the call: it seldom matches. */
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (labels[i].len == n && (w[0] | 0x20) == labels[i].s[0] &&
		    strncasecmp(w, labels[i].s, n) == 0)
			return 1;
	/* A time: 10:00, 9.30am, 14:05:33. */
	return n > 0 && isdigit((unsigned char)w[0]) &&
	    (memchr(w, ':', n) != NULL || memchr(w, '.', n) != NULL);
}

/* Words that may be lower case inside a name ("The Times of Israel"). */
static int
name_word(const char *w, size_t n)
{
#define S(w) { w, sizeof(w) - 1 }
	static const struct {
		const char *s;
		size_t len;
	} small[] = {
		S("of"), S("the"), S("and"), S("al"), S("el"), S("for"), S("&"),
		S("de"), S("on")
	};
#undef S
	size_t i;

	if (n > 0 && (isupper((unsigned char)w[0]) || (unsigned char)w[0] >= 0xC0))
		return 1;
	for (i = 0; i < sizeof(small) / sizeof(small[0]); i++)
		if (small[i].len == n && strncmp(w, small[i].s, n) == 0)
			return 1;
	return 0;
}

static int
is_punct(int c)
{
	return c != '&' && (ispunct(c) || c >= 0x80);
}

int
dl_source_line(const char *s, size_t n, struct buf *date, struct buf *source)
{
	size_t ds, de, i, j, w0, w1, src0 = 0, src1 = 0, nsrc = 0;
	struct date d;
	int run = 0, done = 0, author = 0, brk;

	if (n > MAXLINE || !find_date(s, n, &ds, &de, &d))
		return 0;
	for (i = 0; i < n; i = j) {
		while (i < n && s[i] == ' ')
			i++;
		if (i == ds) {	/* the date ends a name, like a separator */
			j = de;
			run = author = 0;
			done = done || nsrc > 0;
			continue;
		}
		for (j = i; j < n && s[j] != ' ' && j != ds; j++)
			;
		/* The word without the punctuation around it. */
		for (w0 = i; w0 < j && is_punct((unsigned char)s[w0]); w0++)
			;
		for (w1 = j; w1 > w0 && is_punct((unsigned char)s[w1 - 1]) &&
		    s[w1 - 1] != '.'; w1--)
			;
		brk = w1 < j || w0 == w1;	/* "Reuters," "|" "/" */
		if (w0 == w1 || label_word(s + w0, w1 - w0)) {
			run = author = 0;
			done = done || nsrc > 0;
			continue;
		}
		if (w1 - w0 == 2 && strncasecmp(s + w0, "by", 2) == 0) {
			author = 1;
			continue;
		}
		if (!name_word(s + w0, w1 - w0))
			return 0;	/* a lower-case word: prose */
		if (!author && !done) {
			if (!run)
				src0 = w0;
			src1 = w1;
			run = 1;
			if (++nsrc > MAXSOURCE)
				return 0;
		}
		if (brk) {
			run = author = 0;
			done = done || nsrc > 0;
		}
	}
	put_date(date, &d);
	if (nsrc > 0 && source->len == 0)
		buf_add(source, s + src0, src1 - src0);
	return 1;
}

/*
 * A wire dateline: a place in capitals, perhaps a region or a date after a
 * comma, perhaps the agency in brackets, then a dash.
 */
static const char wire_re[] =
    "^\\p{Lu}{2}[\\p{Lu} .'-]*(,[^()\\-–—]{1,40}?)?"
    "(\\s*\\(([^()]{1,40})\\))?\\s*(--|-|–|—)\\s";

/*
 * 1 if s may open with two capital letters, as wire_re asks: the text of
 * most articles opens with some other character, told by its first bytes
 * at far less cost than a match. A byte outside ASCII may start a
 * capital, and is left to PCRE2.
 */
static int
may_be_wire(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k;

	for (k = 0; k < 2; k++) {
		if (k >= n)
			return 0;
		if (u[k] >= 0x80)
			return 1;
		if (u[k] < 'A' || u[k] > 'Z')
			return 0;
	}
	return 1;
}

size_t
dl_wire(const char *s, size_t n, struct buf *date, struct buf *source)
{
	static pcre2_code *re;
	static pcre2_match_data *md;
	PCRE2_SIZE *ov, off;
	struct date d;
	size_t ds, de;
	int e;

	if (!may_be_wire(s, n))
		return 0;
	if (re == NULL) {
		re = pcre2_compile((PCRE2_SPTR)wire_re, PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | PCRE2_UCP, &e, &off, NULL);
		if (re == NULL)
			errx(1, "dateline: pattern does not compile at %zu", off);
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		md = pcre2_match_data_create(5, NULL);
	}
	if (pcre2_match(re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md,
	    NULL) < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	if (ov[2] != PCRE2_UNSET && find_date(s + ov[2], ov[3] - ov[2], &ds,
	    &de, &d))
		put_date(date, &d);
	if (ov[6] != PCRE2_UNSET && source->len == 0)
		buf_add(source, s + ov[6], ov[7] - ov[6]);
	return ov[1];
}

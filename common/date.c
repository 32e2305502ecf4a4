/*
 * date.c: dates in English news text.
 *
 * date_parse reads an absolute date at the start of a string, the way
 * datelines and source lines write it.  date_find tags every date expression
 * in running text with a normal form; date_resolve turns a normal form into
 * a calendar date against the article's date.  The tagger writes the normal
 * forms into the entities field and the extractor resolves them, so the
 * vocabulary below is an interface:
 *
 *   Absolute (resolve needs no reference):
 *	2024-02-29  2024-02  2024	full, month, or year precision
 *	1990s				a decade; resolves to nothing
 *   Partial (the year comes from the reference):
 *	--08-14				day and month ("14 August", "March 3")
 *	--02				month alone ("in February", "mid-March")
 *   Day names (on or before the reference, see date_resolve):
 *	monday ... sunday		"on Thursday", "Thursday's"
 *	last-friday  next-monday
 *   Deictic (counted from the article date):
 *	today  tonight  yesterday  last-night  tomorrow
 *	last-week  this-week  next-week  earlier-this-week  later-this-week
 *	last-weekend  this-weekend  next-weekend
 *	last-month  this-month  next-month  earlier-this-month  later-this-month
 *	last-year  this-year  next-year  earlier-this-year  later-this-year
 *	recently  recent-days  recent-weeks  recent-months  recent-years
 *	days-ago  weeks-ago  months-ago  years-ago	("a few days ago")
 *	-Nd -Nw -Nm -Ny			"two days ago", and also "two days
 *					earlier/before", "the previous day"
 *   Anaphoric (counted from another event; date_resolve returns 0, the
 *   extractor applies them to that event's date with date_shift):
 *	+Nd +Nw +Nm +Ny			"two days later/after", "the following week"
 *	days-later  weeks-later  months-later  years-later
 *	days-earlier  weeks-earlier  months-earlier  years-earlier
 *
 * "-Nd" is written for both "ago" and "earlier": the words are often used
 * loosely, and the span is in the entity for a reader who needs to know.
 * date_resolve counts every -N from the reference it is given; an extractor
 * that chains "two days earlier" to an event passes that event's date.
 *
 * Vague forms resolve to the month at best: recently, recent-days,
 * recent-weeks, days-ago, weeks-ago to the reference's month (or the month
 * a few days or two weeks before it); recent-months to its year;
 * months-ago, years-ago, recent-years and decades to nothing.
 *
 * Spans leave out the preposition ("on Thursday" tags "Thursday") but keep
 * the words that carry the meaning ("last Friday", "two days ago", "the
 * previous day").  Month and day names need evidence to count as dates: a
 * day number, a year, or a licensing word before them (in, on, since, by,
 * until, from, during, last, next, this, mid-, early, late, ...); lowercase
 * "may" and "march" never count.
 *
 * date_find runs on every article, so it is one pass over the bytes that
 * looks at a word only when its first letter and length could start a date;
 * it allocates nothing.
 */
#include <err.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "text.h"
#include "util.h"

#define YEAR_MIN	1800	/* with a month: "March 3, 1848" is still news */
#define YEAR_MAX	2199
#define BARE_YEAR_MIN	1900	/* a year alone in text: "in 2006" */
#define BARE_YEAR_MAX	2099

/* The bit of a small letter in a set of letters. */
#define DATE_LETTER(c) (1u << ((c) - 'a'))

/* Flags of parse_at. */
#define P_STRICT	1	/* month names capitalised or in capitals only */
#define P_TIME		2	/* take a time of day after a full date */
#define P_WEEKDAY	4	/* allow a leading day name ("Tuesday, 16 August") */

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

/* Sunday first, as day numbers count from a Thursday (see weekday()). */
static const char *const day_names[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday"
};

struct tok {
	size_t b, e;
};


/* ASCII letters and digits, for the byte loop of date_find. */
static const unsigned char alnum_tab[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

static int
is_digit(int c)
{
	return (unsigned)c - '0' < 10u;
}

static int
is_alpha(int c)
{
	return (unsigned)(c | 0x20) - 'a' < 26u;
}

static int
is_alnum(int c)
{
	return is_digit(c) || is_alpha(c);
}

static int
is_upper(int c)
{
	return (unsigned)c - 'A' < 26u;
}

static int
is_lower(int c)
{
	return (unsigned)c - 'a' < 26u;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days in month m of year y; a year of 0 (unknown) allows 29 February. */
static int
month_days(int y, int m)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && (y == 0 || is_leap(y)))
		return 29;
	return days[m - 1];
}

/* Days since 1970-01-01 of a proleptic Gregorian date (after H. Hinnant). */
static long
days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, struct date *out)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	out->d = (int)(doy - (153 * mp + 2) / 5 + 1);
	out->m = (int)(mp < 10 ? mp + 3 : mp - 9);
	out->y = (int)(yoe + era * 400 + (out->m <= 2));
}

/* Day of the week of a day number, 0 = Sunday; 1970-01-01 was a Thursday. */
static int
weekday(long z)
{
	return (int)(((z % 7) + 7 + 4) % 7);
}

/* Does s[0..len) spell w (lowercase) in any case? */
static int
word_is(const unsigned char *s, size_t len, const char *w)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (w[i] == '\0' || (s[i] | 0x20) != (unsigned char)w[i])
			return 0;
	return w[len] == '\0';
}

/* Is s[0..len) one of the lowercase words in the NULL-terminated list? */
static int
word_in(const unsigned char *s, size_t len, const char *const *list)
{
	unsigned c;

	/* The first letter first: the lists are long, the words short. */
	if (len == 0)
		return 0;
	c = s[0] | 0x20;
	for (; *list != NULL; list++)
		if ((unsigned char)(*list)[0] == c && word_is(s, len, *list))
			return 1;
	return 0;
}

/* Length of the run of ASCII letters at s[i]. */
static size_t
letters(const unsigned char *s, size_t n, size_t i)
{
	size_t j;

	for (j = i; j < n && is_alpha(s[j]); j++)
		;
	return j - i;
}

/* Length of the run of digits at s[i] and its value (saturating). */
static size_t
digits(const unsigned char *s, size_t n, size_t i, int *v)
{
	size_t j;
	int x = 0;

	for (j = i; j < n && is_digit(s[j]); j++)
		if (x < 100000)
			x = x * 10 + (s[j] - '0');
	*v = x;
	return j - i;
}

/* Blanks inside a date: spaces, tabs, no-break spaces; not line ends. */
static size_t
blanks(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i;

	for (;;) {
		if (j < n && (s[j] == ' ' || s[j] == '\t'))
			j++;
		else if (j + 1 < n && s[j] == 0xc2 && s[j + 1] == 0xa0)
			j += 2;
		else
			return j - i;
	}
}

/* White space between words, where line ends count too. */
static size_t
space(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i;

	for (;;) {
		if (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' ||
		    s[j] == '\r'))
			j++;
		else if (j + 1 < n && s[j] == 0xc2 && s[j + 1] == 0xa0)
			j += 2;
		else
			return j - i;
	}
}

/*
 * Decode the UTF-8 character of len bytes at s; -1 if it is malformed.
 * Only used at the rare non-ASCII neighbours of a candidate word.
 */
static long
utf8_decode(const unsigned char *s, size_t len)
{
	long c;
	size_t i;

	if (len == 2 && (s[0] & 0xe0) == 0xc0)
		c = s[0] & 0x1f;
	else if (len == 3 && (s[0] & 0xf0) == 0xe0)
		c = s[0] & 0x0f;
	else if (len == 4 && (s[0] & 0xf8) == 0xf0)
		c = s[0] & 0x07;
	else
		return -1;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		c = c << 6 | (s[i] & 0x3f);
	}
	return c;
}

/*
 * Is a non-ASCII character part of a word?  Letters of any script are, so
 * "éMarch" is no month; spaces, dashes, quotes and symbols are not.
 */
static int
utf8_is_word(long c)
{
	if (c < 0)
		return 0;
	if ((c >= 0x80 && c <= 0xbf) || c == 0xd7 || c == 0xf7)
		return 0;
	if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f))
		return 0;
	if (c == 0xfeff || (c >= 0xff00 && c <= 0xff0f))
		return 0;
	return 1;
}

/* Is the character ending just before s[i] part of a word? */
static int
word_before(const unsigned char *s, size_t i)
{
	size_t k;

	if (i == 0)
		return 0;
	if (s[i - 1] < 0x80)
		return is_alnum(s[i - 1]);
	for (k = i - 1; k > 0 && i - k < 4 && (s[k] & 0xc0) == 0x80; k--)
		;
	return utf8_is_word(utf8_decode(s + k, i - k));
}

/* Is the character starting at s[i] part of a word? */
static int
word_at(const unsigned char *s, size_t n, size_t i)
{
	size_t len;

	if (i >= n)
		return 0;
	if (s[i] < 0x80)
		return is_alnum(s[i]);
	len = s[i] >= 0xf0 ? 4 : s[i] >= 0xe0 ? 3 : 2;
	if (len > n - i)
		return 0;
	return utf8_is_word(utf8_decode(s + i, len));
}

/* For name_letters: C_LOWER for a small ASCII letter, C_UPPER a capital. */
enum { C_LOWER = 1, C_UPPER = 2 };
#define C16(c)	c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c
static const unsigned char case_of[256] = {
	C16(0), C16(0), C16(0), C16(0),
	0, C16(C_UPPER), C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
	C_UPPER, C_UPPER, C_UPPER, C_UPPER, 0, 0, 0, 0, 0,
	0, C16(C_LOWER), C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
	C_LOWER, C_LOWER, C_LOWER, C_LOWER, 0, 0, 0, 0, 0,
	C16(0), C16(0), C16(0), C16(0), C16(0), C16(0), C16(0), C16(0)
};

/*
 * The run of ASCII letters at s[i] when it has 3 to 9 of them, in name
 * case if strict (is_name_case); returns its length, 0 otherwise. One
 * loop for both tests, stopped at ten letters: month_at and weekday_at
 * run on every capitalised word that may be a date.
 */
static size_t
name_letters(const unsigned char *s, size_t n, size_t i, int strict)
{
	size_t j, lim;
	unsigned first, rest = 0, c;

	/* A name in name case begins with a capital: no need to read on. */
	if (i >= n || (first = case_of[s[i]]) == 0 ||
	    (strict && first != C_UPPER))
		return 0;
	lim = n - i > 10 ? i + 10 : n;
	for (j = i + 1; j < lim && (c = case_of[s[j]]) != 0; j++)
		rest |= c;
	if (j - i < 3 || j - i > 9)
		return 0;
	if (strict && rest == (C_LOWER | C_UPPER))
		return 0;
	return j - i;
}

/* The first three letters of s folded to lower case, as one number. */
#define KEY3(a, b, c)	((unsigned)(a) | (unsigned)(b) << 8 | (unsigned)(c) << 16)

static unsigned
key3(const unsigned char *s)
{
	return KEY3(s[0] | 0x20, s[1] | 0x20, s[2] | 0x20);
}

/* The month (1 to 12) whose name begins with the three letters k; 0 if none. */
static int
month_of3(unsigned k)
{
	switch (k) {
	case KEY3('j', 'a', 'n'): return 1;
	case KEY3('f', 'e', 'b'): return 2;
	case KEY3('m', 'a', 'r'): return 3;
	case KEY3('a', 'p', 'r'): return 4;
	case KEY3('m', 'a', 'y'): return 5;
	case KEY3('j', 'u', 'n'): return 6;
	case KEY3('j', 'u', 'l'): return 7;
	case KEY3('a', 'u', 'g'): return 8;
	case KEY3('s', 'e', 'p'): return 9;
	case KEY3('o', 'c', 't'): return 10;
	case KEY3('n', 'o', 'v'): return 11;
	case KEY3('d', 'e', 'c'): return 12;
	}
	return 0;
}

/* The day (0 Sunday to 6) whose name begins with the letters k; -1 if none. */
static int
day_of3(unsigned k)
{
	switch (k) {
	case KEY3('s', 'u', 'n'): return 0;
	case KEY3('m', 'o', 'n'): return 1;
	case KEY3('t', 'u', 'e'): return 2;
	case KEY3('w', 'e', 'd'): return 3;
	case KEY3('t', 'h', 'u'): return 4;
	case KEY3('f', 'r', 'i'): return 5;
	case KEY3('s', 'a', 't'): return 6;
	}
	return -1;
}

/*
 * A month name at s[i]: full, three letters, or "Sept", with the full stop
 * of an abbreviation.  Returns the bytes taken and sets *m. Three letters
 * tell which month it can be; the name is then checked whole.
 */
static const unsigned char month_len[12] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };

/* month_at for the run of len letters name_letters found at s[i]. */
static size_t
month_of_letters(const unsigned char *s, size_t n, size_t i, size_t len,
    int *m)
{
	int k;

	if (len == 0 || (i + len < n && is_digit(s[i + len])) ||
	    (k = month_of3(key3(s + i))) == 0)
		return 0;
	*m = k;
	if (len == month_len[k - 1] && word_is(s + i, len, month_names[k - 1]))
		return len;
	if (!(len == 3 || (len == 4 && k == 9 && (s[i + 3] | 0x20) == 't')))
		return 0;	/* "Sept" */
	if (i + len < n && s[i + len] == '.')
		len++;
	return len;
}

static size_t
month_at(const unsigned char *s, size_t n, size_t i, int strict, int *m)
{
	return month_of_letters(s, n, i, name_letters(s, n, i, strict), m);
}

/* The length of each day name, Sunday first. */
static const unsigned char day_len[7] = { 6, 6, 7, 9, 8, 6, 8 };

/*
 * A day name at s[i], full or abbreviated ("Tue.", "Thurs"); sets *wd.
 * An abbreviation is a prefix of three to five letters: Tue, Thurs.
 */
static size_t
weekday_at(const unsigned char *s, size_t n, size_t i, int strict, int *wd)
{
	size_t len, j;
	int k;

	if ((len = name_letters(s, n, i, strict)) == 0 ||
	    (k = day_of3(key3(s + i))) < 0)
		return 0;
	if (word_is(s + i, len, day_names[k])) {
		*wd = k;
		return len;
	}
	if (len > 5)
		return 0;
	for (j = 3; j < len; j++)
		if ((s[i + j] | 0x20) != (unsigned char)day_names[k][j])
			return 0;
	*wd = k;
	if (i + len < n && s[i + len] == '.')
		len++;
	return len;
}

/* An ordinal suffix ("st", "nd", "rd", "th") at s[i] that ends a word. */
static size_t
ordinal_at(const unsigned char *s, size_t n, size_t i)
{
	if (i + 2 > n || letters(s, n, i) != 2)
		return 0;
	if (word_is(s + i, 2, "st") || word_is(s + i, 2, "nd") ||
	    word_is(s + i, 2, "rd") || word_is(s + i, 2, "th"))
		return 2;
	return 0;
}

/*
 * A four-digit year at s[i] that ends there: not "1990s", "2023,5" or
 * "2023.5".  Returns 4 and sets *y, or 0.
 */
static size_t
year_at(const unsigned char *s, size_t n, size_t i, int *y)
{
	size_t k;

	k = digits(s, n, i, y);
	if (k != 4 || *y < YEAR_MIN || *y > YEAR_MAX)
		return 0;
	i += 4;
	if (i < n && is_alpha(s[i]))
		return 0;
	if (i + 1 < n && (s[i] == ',' || s[i] == '.') && is_digit(s[i + 1]))
		return 0;
	return 4;
}

/*
 * A time of day after a date: "T10:00:00Z", " 10:00", ", 10:00 a.m. GMT",
 * " 15:01:01.79", " 10:00:00 +0000".  Returns the bytes taken, 0 if none.
 */
static size_t
time_at(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i, k;
	int v;

	if (j < n && s[j] == 'T')
		j++;
	else {
		if (j < n && s[j] == ',')
			j++;
		if ((k = blanks(s, n, j)) == 0)
			return 0;
		j += k;
	}
	if (digits(s, n, j, &v) != 2 && digits(s, n, j, &v) != 1)
		return 0;
	if (v > 24)
		return 0;
	j += digits(s, n, j, &v);
	if (j >= n || s[j] != ':' || digits(s, n, j + 1, &v) != 2 || v > 59)
		return 0;
	j += 3;
	if (j < n && s[j] == ':' && digits(s, n, j + 1, &v) == 2) {
		j += 3;
		if (j < n && s[j] == '.' && (k = digits(s, n, j + 1, &v)) > 0)
			j += 1 + k;
	}
	/* Then a 12-hour mark and a zone, each optional. */
	k = j + blanks(s, n, j);
	if (k + 4 <= n && ((s[k] | 0x20) == 'a' || (s[k] | 0x20) == 'p') &&
	    memcmp(s + k + 1, ".m.", 3) == 0)
		j = k + 4;
	else if (k + 2 <= n && letters(s, n, k) == 2 &&
	    (word_is(s + k, 2, "am") || word_is(s + k, 2, "pm")))
		j = k + 2;
	if (j < n && s[j] == 'Z')
		return j + 1 - i;
	k = j + blanks(s, n, j);
	if (k < n && (s[k] == '+' || s[k] == '-')) {
		size_t d = digits(s, n, k + 1, &v);

		if (d == 4)
			return k + 5 - i;
		if (d == 2 && k + 3 < n && s[k + 3] == ':' &&
		    digits(s, n, k + 4, &v) == 2)
			return k + 6 - i;
		if (d == 2)
			return k + 3 - i;
	}
	if (k > j && (letters(s, n, k) == 3) &&
	    (word_is(s + k, 3, "gmt") || word_is(s + k, 3, "utc")))
		return k + 3 - i;
	return j - i;
}

static int
valid_day(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

/*
 * "Aug. 16, 2023", "August 16 2023", "March 3", "Feb 2024", "February,
 * 2024": the rest after the month m, whose name month_at took as the first
 * i bytes of s.
 */
static size_t
parse_month_rest(const unsigned char *s, size_t n, size_t i, int m,
    struct date *out)
{
	size_t j, k, q;
	int d, y;

	j = i + blanks(s, n, i);
	if (j > i && (k = digits(s, n, j, &d)) >= 1 && k <= 2) {
		q = j + k;
		q += ordinal_at(s, n, q);
		if (q < n && is_alnum(s[q]))
			return 0;
		/* A time or a decimal is no day: "May 10:30", "March 1.5". */
		if (q + 1 < n && (s[q] == ':' || s[q] == '.') && is_digit(s[q + 1]))
			return 0;
		out->y = 0;
		out->m = m;
		out->d = d;
		if (q + 1 < n && s[q] == ',' && is_digit(s[q + 1])) {
			/* "August 16,2023", but "March 1,160" is a number. */
			if (year_at(s, n, q + 1, &y) == 0 ||
			    (q + 5 < n && is_digit(s[q + 5])))
				return 0;
			out->y = y;
			q += 5;
		} else {
			k = q;
			if (k < n && s[k] == ',')
				k++;
			if ((j = blanks(s, n, k)) > 0 && year_at(s, n, k + j, &y)) {
				out->y = y;
				q = k + j + 4;
			}
		}
		if (!valid_day(out->y, m, d))
			return 0;
		return q;
	}
	if (j < n && s[j] == ',' && j == i)
		j = i + 1 + blanks(s, n, i + 1);
	if (j > i && year_at(s, n, j, &y)) {
		out->y = y;
		out->m = m;
		out->d = 0;
		return j + 4;
	}
	return 0;
}

static size_t
parse_month_first(const unsigned char *s, size_t n, struct date *out, int flags)
{
	size_t i;
	int m;

	if ((i = month_at(s, n, 0, flags & P_STRICT, &m)) == 0)
		return 0;
	return parse_month_rest(s, n, i, m, out);
}

/* "2023-08-16", "2024-04-30T10:00", "2024-02", "1987". */
static size_t
parse_year_first(const unsigned char *s, size_t n, struct date *out, int flags)
{
	size_t km, kd, p, q;
	int y, m, d;
	unsigned char sep;

	digits(s, n, 0, &y);
	if (n > 5 && (s[4] == '-' || s[4] == '/' || s[4] == '.') &&
	    is_digit(s[5])) {
		sep = s[4];
		km = digits(s, n, 5, &m);
		p = 5 + km;
		if (km <= 2 && p + 1 < n && s[p] == sep && is_digit(s[p + 1])) {
			kd = digits(s, n, p + 1, &d);
			q = p + 1 + kd;
			if (kd > 2 || y < YEAR_MIN || y > YEAR_MAX ||
			    !valid_day(y, m, d))
				return 0;
			if (q < n && is_alnum(s[q]) && s[q] != 'T')
				return 0;
			out->y = y;
			out->m = m;
			out->d = d;
			if (flags & P_TIME)
				q += time_at(s, n, q);
			else if (q < n && s[q] == 'T')
				return q;
			if (q < n && s[q] == 'T')
				return 0;
			return q;
		}
		if (sep == '-' && km == 2 && m >= 1 && m <= 12 &&
		    y >= YEAR_MIN && y <= YEAR_MAX &&
		    (p >= n || (!is_alnum(s[p]) && s[p] != '-'))) {
			out->y = y;
			out->m = m;
			out->d = 0;
			return p;
		}
	}
	if (year_at(s, n, 0, &y) == 0)
		return 0;
	out->y = y;
	out->m = 0;
	out->d = 0;
	return 4;
}

/* "16/08/2023", "16.08.2023", "16 August 2023", "16th of August", "26-FEB-1987". */
static size_t
parse_day_first(const unsigned char *s, size_t n, struct date *out, int flags)
{
	size_t k, kb, ky, p, q, r;
	int a, b, y, m;
	unsigned char sep;

	k = digits(s, n, 0, &a);
	if (k < n && (s[k] == '/' || s[k] == '.' || s[k] == '-') &&
	    k + 1 < n && is_digit(s[k + 1])) {
		sep = s[k];
		kb = digits(s, n, k + 1, &b);
		q = k + 1 + kb;
		if (kb > 2 || q + 1 >= n || s[q] != sep || !is_digit(s[q + 1]))
			return 0;
		ky = digits(s, n, q + 1, &y);
		if (ky == 2 && sep == '/')
			y += y < 50 ? 2000 : 1900;
		else if (ky != 4 || y < YEAR_MIN || y > YEAR_MAX)
			return 0;
		r = q + 1 + ky;
		/* Versions and addresses go on: "1.2.2023.4". */
		if (r < n && (is_alnum(s[r]) ||
		    (s[r] == sep && r + 1 < n && is_digit(s[r + 1]))))
			return 0;
		/* Day first, unless only the month-first reading is possible. */
		if (b > 12 && a <= 12) {
			m = a;
			a = b;
		} else
			m = b;
		if (!valid_day(y, m, a))
			return 0;
		out->y = y;
		out->m = m;
		out->d = a;
		if (flags & P_TIME)
			r += time_at(s, n, r);
		return r;
	}
	if (a < 1 || a > 31)
		return 0;
	p = k + ordinal_at(s, n, k);
	if (p < n && is_alnum(s[p]))
		return 0;
	if (p < n && s[p] == '-') {
		sep = '-';
		p++;
	} else {
		sep = ' ';
		if ((r = blanks(s, n, p)) == 0)
			return 0;
		p += r;
		if (letters(s, n, p) == 2 && word_is(s + p, 2, "of") &&
		    (r = blanks(s, n, p + 2)) > 0)
			p += 2 + r;
	}
	if ((r = month_at(s, n, p, flags & P_STRICT, &m)) == 0)
		return 0;
	p += r;
	out->y = 0;
	if (sep == '-' && p + 1 < n && s[p] == '-' && year_at(s, n, p + 1, &y)) {
		out->y = y;
		p += 5;
	} else if (sep == ' ') {
		q = p;
		if (q < n && s[q] == ',')
			q++;
		if ((r = blanks(s, n, q)) > 0 && year_at(s, n, q + r, &y)) {
			out->y = y;
			p = q + r + 4;
		}
	}
	if (!valid_day(out->y, m, a))
		return 0;
	out->m = m;
	out->d = a;
	if ((flags & P_TIME) && out->y != 0)
		p += time_at(s, n, p);
	return p;
}

static size_t parse_at(const unsigned char *, size_t, struct date *, int);

/* The date after a day name of k bytes at s: "Tuesday, 16 August 2023". */
static size_t
parse_after_day(const unsigned char *s, size_t n, size_t k, struct date *out,
    int flags)
{
	struct date d;
	size_t i = k, r;

	if (i < n && s[i] == ',')
		i++;
	r = blanks(s, n, i);
	if (r == 0 && i == k)
		return 0;
	i += r;
	r = parse_at(s + i, n - i, &d, flags & ~P_WEEKDAY);
	if (r == 0 || d.d == 0)
		return 0;
	*out = d;
	return i + r;
}

/* The absolute date at s, in any of the ways above; 0 if none. */
static size_t
parse_at(const unsigned char *s, size_t n, struct date *out, int flags)
{
	size_t k;
	int wd, v;

	if (n == 0)
		return 0;
	if (is_alpha(s[0])) {
		if ((flags & P_WEEKDAY) &&
		    (k = weekday_at(s, n, 0, flags & P_STRICT, &wd)) > 0)
			return parse_after_day(s, n, k, out, flags);
		return parse_month_first(s, n, out, flags);
	}
	if (!is_digit(s[0]))
		return 0;
	k = digits(s, n, 0, &v);
	if (k == 4)
		return parse_year_first(s, n, out, flags);
	if (k <= 2)
		return parse_day_first(s, n, out, flags);
	return 0;
}

size_t
date_parse(const char *s, size_t n, struct date *out)
{
	struct date d = { 0, 0, 0 };
	size_t r;

	if (s == NULL)
		return 0;
	r = parse_at((const unsigned char *)s, n, &d, P_TIME | P_WEEKDAY);
	if (r > 0 && out != NULL)
		*out = d;
	return r;
}

/*
 * Normal forms are made with these rather than snprintf, which cost more
 * than the rest of finding a date: put_str appends w at p, put_count a
 * count of 0 to 99999 in decimal; both return the end.
 */
static char *put_digits(char *, int, int);

static char *
put_str(char *p, const char *w)
{
	while (*w != '\0')
		*p++ = *w++;
	return p;
}

static char *
put_count(char *p, int v)
{
	char digit[8];
	int k = 0;

	do
		digit[k++] = (char)('0' + v % 10);
	while ((v /= 10) > 0 && k < 5);
	while (k > 0)
		*p++ = digit[--k];
	return p;
}

/* The normal form of a date from parse_at: ISO at its precision, or "--MM-DD". */
static void
norm_of(const struct date *d, char *buf)
{
	char *p = buf;

	if (d->y != 0) {
		date_format(d, buf);
		return;
	}
	/* parse_at gives a month of 1 to 12 and a day of 1 to 31. */
	*p++ = '-';
	*p++ = '-';
	p = put_digits(p, d->m % 100, 2);
	if (d->d != 0) {
		*p++ = '-';
		p = put_digits(p, d->d % 100, 2);
	}
	*p = '\0';
}

/* Report a span unless it runs into a word ("Marché"). */
static size_t
emit(struct date_scan *sc, size_t b, size_t e, const char *norm)
{
	/* "2024-04-30T10:00" is the one date that runs into a letter. */
	if (word_at(sc->s, sc->n, e) && !(sc->s[e] == 'T' && e + 1 < sc->n &&
	    is_digit(sc->s[e + 1]) && is_digit(sc->s[e - 1])))
		return 0;
	sc->fn(b, e, norm, sc->arg);
	sc->last_end = e;
	sc->have_last = 1;
	return e;
}

/* The word after white space from i: letters and digits. */
static int
next_word(const struct date_scan *sc, size_t i, struct tok *t)
{
	size_t k;

	if ((k = space(sc->s, sc->n, i)) == 0)
		return 0;
	t->b = i + k;
	for (t->e = t->b; t->e < sc->n && alnum_tab[sc->s[t->e]]; t->e++)
		;
	return t->e > t->b;
}

/* The word of letters before white space ending at i. */
static int
prev_word(const struct date_scan *sc, size_t i, struct tok *t)
{
	const unsigned char *s = sc->s;
	size_t j = i;

	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' ||
	    s[j - 1] == '\n' || s[j - 1] == '\r'))
		j--;
	if (j >= 2 && s[j - 2] == 0xc2 && s[j - 1] == 0xa0)
		j -= 2;
	if (j == i)
		return 0;
	t->e = j;
	while (j > 0 && is_alpha(s[j - 1]))
		j--;
	t->b = j;
	return t->e > t->b && !word_before(s, t->b);
}

/* The word before a hyphen at i: "mid-March", "early-2024". */
static int
hyphen_word(const struct date_scan *sc, size_t i, const char *const *list)
{
	size_t j;

	if (i < 2 || sc->s[i - 1] != '-')
		return 0;
	for (j = i - 1; j > 0 && is_alpha(sc->s[j - 1]); j--)
		;
	return word_in(sc->s + j, i - 1 - j, list);
}

static const char *const month_license[] = {
	"in", "on", "since", "by", "until", "till", "from", "during", "of",
	"last", "next", "this", "early", "late", "mid", "before", "after",
	"through", "throughout", "between", "around", NULL
};

static const char *const year_license[] = {
	"in", "since", "by", "of", "until", "till", "from", "during", "before",
	"after", "through", "throughout", "between", "around", "early", "late",
	"mid", "year", NULL
};

static const char *const period_prefix[] = {
	"mid", "early", "late", "end", NULL
};

/* Words before "of" that make "of May" a time: "the end of May". */
static const char *const of_heads[] = {
	"end", "beginning", "start", "middle", "month", "months", "half",
	"part", "rest", "remainder", "course", "weeks", "days", NULL
};

static const char *const chain_words[] = {
	"and", "to", "or", "through", "until", "till", NULL
};

/*
 * Does a licensing word stand before a month or year at i?  "and", "to"
 * count when a date stands before them: "between February and March".
 */
static int
licensed(const struct date_scan *sc, size_t i, const char *const *license, int may)
{
	struct tok w, w2;

	if (hyphen_word(sc, i, period_prefix))
		return 1;
	if (!prev_word(sc, i, &w))
		return 0;
	if (word_is(sc->s + w.b, w.e - w.b, "of"))
		return license == year_license ||
		    (prev_word(sc, w.b, &w2) &&
		    word_in(sc->s + w2.b, w2.e - w2.b, of_heads));
	/* "stood by May" is Theresa May more often than a deadline. */
	if (may && word_is(sc->s + w.b, w.e - w.b, "by"))
		return 0;
	if (word_in(sc->s + w.b, w.e - w.b, license))
		return 1;
	if (sc->have_last && word_in(sc->s + w.b, w.e - w.b, chain_words) &&
	    sc->last_end + space(sc->s, sc->n, sc->last_end) == w.b)
		return 1;
	return 0;
}

/* A capitalised word just before i that is no licensing word: "Theresa May". */
static int
name_before(const struct date_scan *sc, size_t i)
{
	struct tok w;
	int wd;

	if (!prev_word(sc, i, &w) || !is_upper(sc->s[w.b]))
		return 0;
	if (word_in(sc->s + w.b, w.e - w.b, month_license))
		return 0;
	if (weekday_at(sc->s, w.e, w.b, 1, &wd) == w.e - w.b)
		return 0;
	return 1;
}

/*
 * Does a sentence, line, quotation or bracket begin just before i?  Any
 * non-ASCII character counts, as those before a word are quotes and dashes.
 */
static int
sentence_start(const struct date_scan *sc, size_t i)
{
	while (i > 0 && (sc->s[i - 1] == ' ' || sc->s[i - 1] == '\t'))
		i--;
	if (i == 0 || sc->s[i - 1] >= 0x80)
		return 1;
	return sc->s[i - 1] != '\0' &&
	    strchr(".!?:;\"'([\n\r-", sc->s[i - 1]) != NULL;
}

/*
 * A month name at token t, which month_at took as its first i bytes,
 * month m: a date with a day or year, or licensed alone.
 */
static size_t
match_month(struct date_scan *sc, const struct tok *t, size_t i, int m)
{
	struct date d = { 0, 0, 0 };
	char norm[11];
	size_t r;

	/* parse_at(P_STRICT) but for month_at, which match_word ran. */
	r = parse_month_rest(sc->s + t->b, sc->n - t->b, i, m, &d);
	if (r > 0) {
		if ((d.d == 0 || d.m == 5) && name_before(sc, t->b))
			return 0;
		norm_of(&d, norm);
		return emit(sc, t->b, t->b + r, norm);
	}
	/* Alone, only the full name: "Jan" and "Mar" are too often names. */
	if (i != t->e - t->b || strlen(month_names[m - 1]) != t->e - t->b)
		return 0;
	if (!licensed(sc, t->b, month_license, m == 5))
		return 0;
	d.m = m;
	norm_of(&d, norm);
	return emit(sc, t->b, t->e, norm);
}

/* Capitalised words before a day name that make it a name: "Good Friday". */
static const char *const day_name_heads[] = {
	"good", "black", "bloody", "super", "ash", "holy", "palm", "easter",
	"maundy", "cyber", "man", "girl", "fat", "shrove", "great", "blue",
	NULL
};

static const char *const day_license[] = {
	"on", "this", "since", "by", "until", "till", "from", "before",
	"after", "early", "late", "last", "next", "said", "and", "or", NULL
};

/* A day name at token t: "on Thursday", "Thursday's", not "Sunday Times". */
static size_t
match_weekday(struct date_scan *sc, const struct tok *t, int wd)
{
	struct date d = { 0, 0, 0 };
	struct tok w;
	char norm[11];
	size_t r;
	int x;

	/* parse_at(P_STRICT | P_WEEKDAY) but for weekday_at, which
	 * match_word ran: the name is whole, so it took t. */
	r = parse_after_day(sc->s + t->b, sc->n - t->b, t->e - t->b, &d,
	    P_STRICT);
	if (r > 0) {
		norm_of(&d, norm);
		return emit(sc, t->b, t->b + r, norm);
	}
	if (!prev_word(sc, t->b, &w) ||
	    !word_in(sc->s + w.b, w.e - w.b, day_license)) {
		if (prev_word(sc, t->b, &w) && is_upper(sc->s[w.b]) &&
		    word_in(sc->s + w.b, w.e - w.b, day_name_heads))
			return 0;
		/* A capitalised word after it makes a title: "Sunday Times". */
		if (next_word(sc, t->e, &w) && is_upper(sc->s[w.b]) &&
		    month_at(sc->s, w.e, w.b, 1, &x) == 0 &&
		    weekday_at(sc->s, w.e, w.b, 1, &x) == 0)
			return 0;
	}
	return emit(sc, t->b, t->e, day_names[wd]);
}

/* Count words of "two days ago"; 0 if not one. */
static int
count_word(const unsigned char *s, size_t len)
{
	static const char *const small[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", NULL
	};
	int k;

	for (k = 0; small[k] != NULL; k++)
		if ((s[0] | 0x20) == small[k][0] && word_is(s, len, small[k]))
			return k + 1;
	if (word_is(s, len, "fifteen"))
		return 15;
	if (word_is(s, len, "twenty"))
		return 20;
	if (word_is(s, len, "thirty"))
		return 30;
	return 0;
}

/* A unit word: 'd', 'w', 'm', 'y' for day(s), week(s), month(s), year(s). */
static int
unit_word(const unsigned char *s, size_t len)
{
	if (len > 0 && (s[len - 1] | 0x20) == 's')
		len--;
	if (word_is(s, len, "day"))
		return 'd';
	if (word_is(s, len, "week"))
		return 'w';
	if (word_is(s, len, "month"))
		return 'm';
	if (word_is(s, len, "year"))
		return 'y';
	return 0;
}

static const char *
unit_plural(int unit)
{
	switch (unit) {
	case 'd':
		return "days";
	case 'w':
		return "weeks";
	case 'm':
		return "months";
	default:
		return "years";
	}
}

/*
 * "N units ago/later/earlier/before/after" from token start b, the unit at
 * or after i.  count is N, or 0 for a vague count ("a few", "several", none).
 */
static size_t
match_count(struct date_scan *sc, size_t b, size_t i, int count, int unit_here)
{
	struct tok u, t;
	char norm[24], *p;
	const char *vague;
	const unsigned char *w;
	size_t len;
	int unit, sign;

	if (unit_here) {
		u.b = b;
		u.e = i;
	} else if (!next_word(sc, i, &u))
		return 0;
	if ((unit = unit_word(sc->s + u.b, u.e - u.b)) == 0 ||
	    !next_word(sc, u.e, &t))
		return 0;
	w = sc->s + t.b;
	len = t.e - t.b;
	if (word_is(w, len, "ago")) {
		sign = '-';
		vague = "-ago";
	} else if (word_is(w, len, "later") || word_is(w, len, "after")) {
		sign = '+';
		vague = "-later";
	} else if (word_is(w, len, "earlier") || word_is(w, len, "before")) {
		sign = '-';
		vague = "-earlier";
	} else
		return 0;
	/* "-2d", "+1w", or "days-ago", "weeks-later" for a vague count */
	if (count > 0) {
		p = norm;
		*p++ = (char)sign;
		p = put_count(p, count);
		*p++ = (char)unit;
	} else
		p = put_str(put_str(norm, unit_plural(unit)), vague);
	*p = '\0';
	return emit(sc, b, t.e, norm);
}

/* "a day earlier", "a few days later", "a couple of weeks ago". */
static size_t
match_article(struct date_scan *sc, const struct tok *t)
{
	struct tok w, of;

	if (!next_word(sc, t->e, &w))
		return 0;
	if (word_is(sc->s + w.b, w.e - w.b, "few"))
		return match_count(sc, t->b, w.e, 0, 0);
	if (word_is(sc->s + w.b, w.e - w.b, "couple")) {
		if (next_word(sc, w.e, &of) &&
		    word_is(sc->s + of.b, of.e - of.b, "of"))
			return match_count(sc, t->b, of.e, 2, 0);
		return match_count(sc, t->b, w.e, 2, 0);
	}
	return match_count(sc, t->b, t->e, 1, 0);
}

/*
 * The periods of "last weekend", "last week", "earlier this month": those
 * of match_this from period_words + 1, without "weekend".
 */
static const char *const period_words[] = {
	"weekend", "week", "month", "year", NULL
};

/* The word of list that s[0..len) spells in any case, or NULL. */
static const char *
word_at_list(const unsigned char *s, size_t len, const char *const *list)
{
	unsigned c;

	if (len == 0)
		return NULL;
	c = s[0] | 0x20;
	for (; *list != NULL; list++)
		if ((unsigned char)(*list)[0] == c && word_is(s, len, *list))
			return *list;
	return NULL;
}

/* "last week", "this month", "next year", "last night", "last Friday". */
static size_t
match_deictic(struct date_scan *sc, const struct tok *t)
{
	struct tok w;
	char norm[24];
	const char *which, *unit;
	size_t len;
	int wd;

	if (!next_word(sc, t->e, &w))
		return 0;
	which = (sc->s[t->b] | 0x20) == 'l' ? "last" :
	    (sc->s[t->b] | 0x20) == 'n' ? "next" : "this";
	len = w.e - w.b;
	/* "last-week": the word as the list spells it, in lower case */
	if ((unit = word_at_list(sc->s + w.b, len, period_words)) != NULL) {
		*put_str(put_str(put_str(norm, which), "-"), unit) = '\0';
		return emit(sc, t->b, w.e, norm);
	}
	if (which[0] == 'l' && word_is(sc->s + w.b, len, "night"))
		return emit(sc, t->b, w.e, "last-night");
	if (which[0] == 'n' && word_is(sc->s + w.b, len, "day"))
		return emit(sc, t->b, w.e, "+1d");
	if (which[0] == 't' && (word_is(sc->s + w.b, len, "morning") ||
	    word_is(sc->s + w.b, len, "afternoon") ||
	    word_is(sc->s + w.b, len, "evening")))
		return emit(sc, t->b, w.e, "today");
	if (which[0] != 't' && weekday_at(sc->s, w.e, w.b, 1, &wd) == len &&
	    len == strlen(day_names[wd])) {
		*put_str(put_str(put_str(norm, which), "-"), day_names[wd]) = '\0';
		return emit(sc, t->b, w.e, norm);
	}
	return 0;
}

/* "earlier this month", "later this year". */
static size_t
match_this(struct date_scan *sc, const struct tok *t)
{
	struct tok w, u;
	char norm[32];
	const char *unit;

	if (!next_word(sc, t->e, &w) || !word_is(sc->s + w.b, w.e - w.b, "this") ||
	    !next_word(sc, w.e, &u))
		return 0;
	if ((unit = word_at_list(sc->s + u.b, u.e - u.b, period_words + 1)) == NULL)
		return 0;
	*put_str(put_str(put_str(norm, (sc->s[t->b] | 0x20) == 'e' ?
	    "earlier" : "later"), "-this-"), unit) = '\0';
	return emit(sc, t->b, u.e, norm);
}

/* The first letters of the words match_the reads after "the". */
#define THE_NEXT (DATE_LETTER('d') | DATE_LETTER('f') | DATE_LETTER('m') | \
	DATE_LETTER('n') | DATE_LETTER('p') | DATE_LETTER('w') | DATE_LETTER('y'))

/* "the following week", "the previous day", "the next day", "the day before". */
static size_t
match_the(struct date_scan *sc, const struct tok *t)
{
	struct tok w, u;
	char norm[8];
	const unsigned char *x;
	size_t len;
	int sign, unit;

	/* "the" is every tenth word: look at one letter before reading on
	 * (d, f, m, n, p, w, y in either case). */
	if (!next_word(sc, t->e, &w) || !is_alpha(sc->s[w.b]) ||
	    (THE_NEXT >> ((sc->s[w.b] | 0x20) - 'a') & 1) == 0 ||
	    !next_word(sc, w.e, &u))
		return 0;
	x = sc->s + w.b;
	len = w.e - w.b;
	if ((unit = unit_word(x, len)) != 0 && x[len - 1] != 's') {
		/* "the day before", "the week after" */
		if (word_is(sc->s + u.b, u.e - u.b, "before"))
			sign = '-';
		else if (word_is(sc->s + u.b, u.e - u.b, "after"))
			sign = '+';
		else
			return 0;
		norm[0] = (char)sign;
		norm[1] = '1';
		norm[2] = (char)unit;
		norm[3] = '\0';
		return emit(sc, t->b, u.e, norm);
	}
	if (word_is(x, len, "following"))
		sign = '+';
	else if (word_is(x, len, "previous") || word_is(x, len, "preceding"))
		sign = '-';
	else if (word_is(x, len, "next"))
		sign = 'n';
	else
		return 0;
	unit = unit_word(sc->s + u.b, u.e - u.b);
	if (sign != '-' && word_is(sc->s + u.b, u.e - u.b, "morning"))
		unit = 'd';
	else if (unit == 0 || sc->s[u.e - 1] == 's' || sc->s[u.e - 1] == 'S')
		return 0;
	/* "the next week" may be the coming seven days; only "the next day". */
	if (sign == 'n') {
		if (unit != 'd')
			return 0;
		sign = '+';
	}
	norm[0] = (char)sign;
	norm[1] = '1';
	norm[2] = (char)unit;
	norm[3] = '\0';
	return emit(sc, t->b, u.e, norm);
}

/* "recent weeks", "recently". */
static size_t
match_recent(struct date_scan *sc, const struct tok *t)
{
	struct tok u;
	char norm[16];
	int unit;

	if (t->e - t->b == 8)
		return emit(sc, t->b, t->e, "recently");
	if (!next_word(sc, t->e, &u) ||
	    (unit = unit_word(sc->s + u.b, u.e - u.b)) == 0 ||
	    (sc->s[u.e - 1] | 0x20) != 's')
		return 0;
	*put_str(put_str(norm, "recent-"), unit_plural(unit)) = '\0';
	return emit(sc, t->b, u.e, norm);
}

/* A number at token t: a date, a licensed year, a decade, or a count. */
static size_t
match_number(struct date_scan *sc, const struct tok *t)
{
	struct date d = { 0, 0, 0 };
	struct tok w;
	char norm[11], *p;
	size_t r, k;
	int v;

	/* Inside a number: "1,160", "3.2024". */
	if (t->b >= 2 && (sc->s[t->b - 1] == ',' || sc->s[t->b - 1] == '.') &&
	    is_digit(sc->s[t->b - 2]))
		return 0;
	k = digits(sc->s, sc->n, t->b, &v);
	r = parse_at(sc->s + t->b, sc->n - t->b, &d, P_STRICT);
	if (r > 0 && d.m != 0) {
		norm_of(&d, norm);
		return emit(sc, t->b, t->b + r, norm);
	}
	if (r > 0) {
		if (d.y < BARE_YEAR_MIN || d.y > BARE_YEAR_MAX ||
		    !licensed(sc, t->b, year_license, 0))
			return 0;
		norm_of(&d, norm);
		return emit(sc, t->b, t->b + r, norm);
	}
	/* "the 1990s", "mid-1980s" */
	if (k == 4 && t->e == t->b + 5 && (sc->s[t->b + 4] == 's') &&
	    v % 10 == 0 && v >= BARE_YEAR_MIN && v <= BARE_YEAR_MAX) {
		if (hyphen_word(sc, t->b, period_prefix) ||
		    (prev_word(sc, t->b, &w) &&
		    (word_is(sc->s + w.b, w.e - w.b, "the") ||
		    word_in(sc->s + w.b, w.e - w.b, period_prefix)))) {
			p = put_count(norm, v);
			*p++ = 's';
			*p = '\0';
			return emit(sc, t->b, t->e, norm);
		}
		return 0;
	}
	if (t->e == t->b + k && k <= 3 && v > 0)
		return match_count(sc, t->b, t->e, v, 0);
	return 0;
}

/*
 * Which lengths a word starting with each letter must have to be worth a
 * look: bit k set for length k.  Made from the word lists of match_word
 * (lowercase heads; capitalised also month and day names, "Sept", "Jan").
 * Nearly every word of a text stops at this one load.
 */
static const unsigned short lower_lens[26] = {
	0x0002, 0x0000, 0x0000, 0x0010, 0x00e0, 0x0098, 0x0000, 0x0000,
	0x0000, 0x0000, 0x0000, 0x0030, 0x0050, 0x0010, 0x0008, 0x0000,
	0x0000, 0x0140, 0x00b8, 0x01f8, 0x0000, 0x0000, 0x0020, 0x0000,
	0x0220, 0x0000
};
static const unsigned short upper_lens[26] = {
	0x006a, 0x0000, 0x0000, 0x0118, 0x00e0, 0x01d8, 0x0000, 0x0000,
	0x0000, 0x0098, 0x0000, 0x0030, 0x0078, 0x0118, 0x0088, 0x0000,
	0x0000, 0x0140, 0x03f8, 0x01f8, 0x0000, 0x0000, 0x0220, 0x0000,
	0x0220, 0x0000
};

/* Lengths of the count words by letter: one, two, three, four, ..., thirty. */
static const unsigned char count_lens[26] = {
	0, 0, 0, 0, 0x60, 0x90, 0, 0, 0, 0, 0, 0, 0, 0x10, 0x08, 0,
	0, 0, 0x28, 0x68, 0, 0, 0, 0, 0, 0
};

/* Letters that begin month names (A D F J M N O S) and day names (F M S T W). */
#define MONTH_INITIALS	0x47229u
#define DAY_INITIALS	0x4c1020u

/* Look at the word t, the cheap tests on its first letter and length first. */
static size_t
match_word(struct date_scan *sc, const struct tok *t)
{
	const unsigned char *w = sc->s + t->b;
	size_t k, nl, len = t->e - t->b;
	int m, wd, n;

	if (is_digit(w[0]))
		return match_number(sc, t);
	if (len > 9)
		return 0;
	if (is_lower(w[0])) {
		if ((lower_lens[w[0] - 'a'] >> len & 1) == 0)
			return 0;
	} else {
		if ((upper_lens[w[0] - 'A'] >> len & 1) == 0)
			return 0;
		/*
		 * The month_at and weekday_at of a whole name, with the
		 * letters read once: the run of letters ends where t does.
		 */
		nl = len >= 3 ? name_letters(sc->s, t->e, t->b, 1) : 0;
		if (nl != 0 && (MONTH_INITIALS >> (w[0] - 'A') & 1) &&
		    (k = month_of_letters(sc->s, sc->n, t->b, nl, &m)) > 0)
			return match_month(sc, t, k, m);
		if (nl == len && len >= 6 && (DAY_INITIALS >> (w[0] - 'A') & 1) &&
		    (wd = day_of3(key3(w))) >= 0 && len == day_len[wd] &&
		    word_is(w, len, day_names[wd]))
			return match_weekday(sc, t, wd);
	}
	switch (w[0] | 0x20) {
	case 'a':
		if (len == 1)
			return match_article(sc, t);
		break;
	case 'd':
	case 'm':
	case 'w':
	case 'y':
		/* "days later", "weeks ago", "years earlier" */
		if (len >= 4 && (w[len - 1] | 0x20) == 's' && unit_word(w, len))
			return match_count(sc, t->b, t->e, 0, 1);
		if (len == 9 && word_is(w, len, "yesterday")) {
			/* "Yesterday" may open a sentence. */
			return emit(sc, t->b, t->e, "yesterday");
		}
		if (len == 4 && word_is(w, len, "many"))
			return match_count(sc, t->b, t->e, 0, 0);
		break;
	case 'e':
		if (len == 7 && word_is(w, len, "earlier"))
			return match_this(sc, t);
		break;
	case 'f':
		if (len == 3 && word_is(w, len, "few"))
			return match_count(sc, t->b, t->e, 0, 0);
		break;
	case 'l':
		if (len == 4 && word_is(w, len, "last"))
			return match_deictic(sc, t);
		if (len == 5 && word_is(w, len, "later"))
			return match_this(sc, t);
		break;
	case 'n':
		if (len == 4 && word_is(w, len, "next"))
			return match_deictic(sc, t);
		break;
	case 'r':
		if ((len == 6 && word_is(w, len, "recent")) ||
		    (len == 8 && word_is(w, len, "recently")))
			return match_recent(sc, t);
		break;
	case 's':
		if ((len == 7 && word_is(w, len, "several")) ||
		    (len == 4 && word_is(w, len, "some")))
			return match_count(sc, t->b, t->e, 0, 0);
		break;
	case 't':
		if (len == 3 && word_is(w, len, "the"))
			return match_the(sc, t);
		if (len == 4 && word_is(w, len, "this"))
			return match_deictic(sc, t);
		if (len == 5 && word_is(w, len, "today")) {
			/*
			 * "Today" inside a sentence names a programme or
			 * channel: "BBC Radio 4's Today", "Russia Today".
			 */
			if (is_upper(w[0]) && !sentence_start(sc, t->b))
				return 0;
			return emit(sc, t->b, t->e, "today");
		}
		if (len == 7 && word_is(w, len, "tonight"))
			return emit(sc, t->b, t->e, "tonight");
		if (len == 8 && word_is(w, len, "tomorrow"))
			return emit(sc, t->b, t->e, "tomorrow");
		break;
	}
	if (len <= 7 && (count_lens[(w[0] | 0x20) - 'a'] >> len & 1) &&
	    (n = count_word(w, len)) > 0)
		return match_count(sc, t->b, t->e, n, 0);
	return 0;
}

/* The index of the lowest set bit of x, which is not 0. */
static int
lowest_bit(uint64_t x)
{
#ifdef __GNUC__
	return __builtin_ctzll(x);
#else
	static const unsigned char debruijn[64] = {
		0, 1, 48, 2, 57, 49, 28, 3, 61, 58, 50, 42, 38, 29, 17, 4,
		62, 55, 59, 36, 53, 51, 43, 22, 45, 39, 33, 30, 24, 18, 12, 5,
		63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21, 44, 32, 23, 11,
		46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9, 13, 8, 7, 6
	};

	return debruijn[((x & -x) * 0x03f79d71b4cb0a89ULL) >> 58];
#endif
}

/*
 * Every word match_word can take, as it reads them case-insensitively:
 * the heads of its rules, the count words, the month and day names and
 * abbreviations. A word whose first two letters and length are those of
 * none of these is no date (see pair_lens).
 */
static const char *const trigger_words[] = {
	"a", "the", "this", "last", "next", "earlier", "later", "recent",
	"recently", "several", "some", "few", "many", "today", "tonight",
	"tomorrow", "yesterday", "days", "weeks", "months", "years",
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec",
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", NULL
};

/*
 * For the first two letters of a word (folded), bit k set if a trigger
 * word of length k starts with them. One load rejects nine words in ten;
 * the test on the first letter alone let a third of them through ("that",
 * "for", "said") to the string compares of match_word.
 */
static unsigned short pair_lens[26][26];

/*
 * The same for the first and last letters: the words that pass the first
 * test most often are "that", "they", "their", "them", "not", "make".
 */
static unsigned short end_lens[26][26];

/*
 * Most words that pass the letter tests are heads of rules that read the
 * next word first: "the" (every tenth word) is a date only in "the day
 * before", "the following week"; "a" and the count words only before a
 * unit ("a day", "two weeks"), a plural unit only before "ago", "later",
 * ... These lists are those rules' words (match_the, match_article,
 * match_count, match_this), so a head followed by one space and a word of
 * none of them is no date, and is let go without a call.
 */
static const char *const units_next[] = {
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	NULL
};
/* Plurals too: match_the takes "The WEEKS before" for "the week before". */
static const char *const the_next[] = {
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"following", "previous", "preceding", "next", NULL
};
static const char *const a_next[] = {
	"few", "couple", "day", "days", "week", "weeks", "month", "months",
	"year", "years", NULL
};
static const char *const ago_next[] = {
	"ago", "later", "after", "earlier", "before", NULL
};
static const char *const this_next[] = { "this", NULL };

/*
 * A list of next words, with the first letters of its words (bit k for a
 * letter k after 'a') and their lengths by first letter (bit k for a
 * length k), for a quick no.
 */
struct next_words {
	const char *const *words;
	int set;		/* DATE_SET_* of date.h */
	unsigned letters;
	unsigned short lens[26];
};
static struct next_words units_nw = { units_next, DATE_SET_UNITS, 0, { 0 } };
static struct next_words the_nw = { the_next, DATE_SET_THE, 0, { 0 } };
static struct next_words a_nw = { a_next, DATE_SET_A, 0, { 0 } };
static struct next_words ago_nw = { ago_next, DATE_SET_AGO, 0, { 0 } };
static struct next_words this_nw = { this_next, DATE_SET_THIS, 0, { 0 } };
static struct next_words *const all_nw[] = {
	&units_nw, &the_nw, &a_nw, &ago_nw, &this_nw, NULL
};

/* Sorted by first letter and length, for heads_at. */
#define HEAD(w, next)	{ w, sizeof(w) - 1, &next }
static const struct {
	const char *head;
	size_t len;
	const struct next_words *next;
} heads[] = {
	HEAD("a", a_nw), HEAD("days", ago_nw),
	HEAD("eight", units_nw), HEAD("eleven", units_nw),
	HEAD("earlier", this_nw), HEAD("few", units_nw),
	HEAD("four", units_nw), HEAD("five", units_nw),
	HEAD("fifteen", units_nw), HEAD("later", this_nw),
	HEAD("many", units_nw), HEAD("months", ago_nw),
	HEAD("nine", units_nw), HEAD("one", units_nw),
	HEAD("recent", units_nw), HEAD("six", units_nw),
	HEAD("some", units_nw), HEAD("seven", units_nw),
	HEAD("several", units_nw), HEAD("the", the_nw),
	HEAD("two", units_nw), HEAD("ten", units_nw),
	HEAD("three", units_nw), HEAD("twelve", units_nw),
	HEAD("twenty", units_nw), HEAD("thirty", units_nw),
	HEAD("weeks", ago_nw), HEAD("years", ago_nw),
	{ NULL, 0, NULL }
};

/* The first head of each first letter and length, plus one; 0 if none. */
static unsigned char heads_at[26][10];

/*
 * May the head [b, e) be followed by a word of its rule? Yes unless one
 * space and a word of none of next follow (other white space or a
 * non-word is left for the rule to judge).
 */
static int
follows(const unsigned char *s, size_t n, size_t e,
    const struct next_words *next)
{
	size_t j;
	unsigned c;

	if (e + 1 >= n || s[e] != ' ' || !alnum_tab[s[e + 1]])
		return 1;
	c = (s[e + 1] | 0x20) - 'a';
	if (!is_alpha(s[e + 1]) || (next->letters >> c & 1) == 0)
		return 0;
	for (j = e + 1; j < n && alnum_tab[s[j]]; j++)
		if (j - e > 9)
			return 0;	/* longer than any word of the lists */
	if ((next->lens[c] >> (j - e - 1) & 1) == 0)
		return 0;
	return word_in(s + e + 1, j - e - 1, next->words);
}

/* Is the word [b, e) no head, or a head that may lead on to a date? */
static int
head_may(const unsigned char *s, size_t n, size_t b, size_t e)
{
	size_t k, len = e - b;
	unsigned c = (s[b] | 0x20) - 'a';

	if ((k = heads_at[c][len]) == 0)
		return 1;
	for (k--; heads[k].head != NULL && heads[k].len == len &&
	    (unsigned)heads[k].head[0] - 'a' == c; k++)
		if (word_is(s + b, len, heads[k].head))
			return follows(s, n, e, heads[k].next);
	return 1;
}

/*
 * For a first byte, the lengths a word starting with it may have: those of
 * pair_lens for its letter and of match_word's own first test (lower_lens,
 * upper_lens: "T10" is judged by them), bit k for a length k modulo 16;
 * every length for a digit, bit 1 for "a". See date_scan_may.
 */
static unsigned short first_lens[256];

/*
 * What date_scan_may reads: a code for each byte (1 to 26 small letters,
 * 27 to 52 capitals, 53 digits, 0 the rest) and, by the codes of the first
 * and last bytes of a run, the lengths it may have: first_lens, and
 * end_lens when both are letters.
 */
static unsigned char scan_code[256];
static unsigned short scan_lens[64][64];

/* Set (on) or clear the bit of scan_lens for word w in every case (of its
 * first and last letters). */
static void
set_scan_lens(const char *w, int on)
{
	size_t len = strlen(w);
	unsigned short bit = (unsigned short)(1u << (len & 15));
	unsigned char c1, c2;
	int k;

	for (k = 0; k < 4; k++) {
		c1 = (unsigned char)(k & 1 ? w[0] - 32 : w[0]);
		c2 = (unsigned char)(len == 1 ? c1 : k & 2 ? w[len - 1] - 32 :
		    w[len - 1]);
		if (on)
			scan_lens[scan_code[c1]][scan_code[c2]] |= bit;
		else
			scan_lens[scan_code[c1]][scan_code[c2]] &= (unsigned short)~bit;
	}
}

static void
init_scan_lens(void)
{
	const char *const *w;
	unsigned x, y, f, g;

	for (x = 0; x < 26; x++) {
		scan_code['a' + x] = (unsigned char)(1 + x);
		scan_code['A' + x] = (unsigned char)(27 + x);
	}
	for (x = '0'; x <= '9'; x++)
		scan_code[x] = 53;
	for (x = 0; x < 256; x++) {
		if (scan_code[x] == 0)
			continue;
		for (y = 0; y < 256; y++) {
			if (scan_code[y] == 0)
				continue;
			f = (x | 0x20) - 'a';
			g = (y | 0x20) - 'a';
			if (scan_code[x] == 53)
				scan_lens[53][scan_code[y]] = 0xffff;
			else if (scan_code[y] == 53)
				scan_lens[scan_code[x]][53] = first_lens[x];
			else	/* bit 1: "a" alone, whose last is itself */
				scan_lens[scan_code[x]][scan_code[y]] =
				    first_lens[x] & (end_lens[f][g] | 2);
		}
	}
	/*
	 * "the" and "a" are taken from the word after them, which must be
	 * one of the_next or a_next (DATE_SET_THE, DATE_SET_A): find_dates
	 * of tag.c looks back from it. "the" is every tenth word, and the
	 * words after it are seldom those.
	 */
	set_scan_lens("the", 0);
	set_scan_lens("a", 0);
	for (w = the_next; *w != NULL; w++)
		set_scan_lens(*w, 1);
	for (w = a_next; *w != NULL; w++)
		set_scan_lens(*w, 1);
}

/*
 * The words after "last", "next" and "this" that make a date of them, in
 * any case (match_deictic): with none of them after one space, those
 * three words are let go without a call (date_scan_idle of date.h).
 */
static const char *const deictic_next[] = {
	"week", "month", "year", "weekend", "night", "day", "morning",
	"afternoon", "evening", "sunday", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", NULL
};
static const char *const deictic_heads[] = { "last", "next", "this", NULL };

/*
 * The words after a day number ("16 August", "3rd of May", "26-FEB"): the
 * month names and their abbreviations as month_at reads them, and "of".
 */
static const char *const month_next[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "of", NULL
};

/* The first letters of the months, "of" and the units (number_may). */
#define NUMBER_NEXT (DATE_LETTER('a') | DATE_LETTER('d') | DATE_LETTER('f') | \
	DATE_LETTER('j') | DATE_LETTER('m') | DATE_LETTER('n') | DATE_LETTER('o') | \
	DATE_LETTER('s') | DATE_LETTER('w') | DATE_LETTER('y'))

/* The table of date_scan_class, and its multiplier. */
static struct date_word date_words[1 << DATE_WORD_BITS];
static uint64_t date_words_mul;

/* The key date_scan_class makes of the lowercase word w. */
static uint64_t
date_word_key(const char *w)
{
	uint64_t key = 0;
	size_t k, len = strlen(w);

	for (k = 0; k < len && k < 8; k++)
		key |= (uint64_t)(unsigned char)w[k] << 8 * k;
	return key ^ (uint64_t)len << 56;
}

/* Put the words of list in the table with class cls; 0 if a slot is taken. */
static int
add_words(const char *const *list, unsigned cls, uint64_t mul)
{
	struct date_word *d;
	uint64_t key;

	for (; *list != NULL; list++) {
		key = date_word_key(*list);
		d = &date_words[(key * mul) >> (64 - DATE_WORD_BITS)];
		if (d->cls != 0 && d->key != key)
			return 0;
		d->key = key;
		d->cls |= cls;
	}
	return 1;
}

/* All the words of date_scan_class in their slots, with this multiplier? */
static int
fill_date_words(uint64_t mul)
{
	struct next_words *const *nw;
	const char *head[2] = { NULL, NULL };
	size_t k;

	memset(date_words, 0, sizeof(date_words));
	if (!add_words(trigger_words, DATE_TAKE, mul) ||
	    !add_words(deictic_next, DATE_IN(DATE_SET_DEICTIC), mul) ||
	    !add_words(deictic_heads, DATE_NEEDS(DATE_SET_DEICTIC), mul) ||
	    !add_words(month_next, DATE_IN(DATE_SET_MONTH), mul))
		return 0;
	for (nw = all_nw; *nw != NULL; nw++)
		if (!add_words((*nw)->words, DATE_IN((*nw)->set), mul))
			return 0;
	for (k = 0; heads[k].head != NULL; k++) {
		head[0] = heads[k].head;
		if (!add_words(head, DATE_NEEDS(heads[k].next->set), mul))
			return 0;
	}
	return 1;
}

/*
 * Find a multiplier that gives every word a slot of its own. The words
 * are few for the table, so one of the first few odd numbers tried does;
 * the sequence is fixed, so the table is the same in every run.
 */
static void
init_date_words(void)
{
	uint64_t x = 0x9e3779b97f4a7c15ULL;
	int tries;

	for (tries = 0; tries < 100000; tries++) {
		x ^= x >> 31;
		x *= 0xbf58476d1ce4e5b9ULL;
		x ^= x >> 29;
		if (fill_date_words(x | 1)) {
			date_words_mul = x | 1;
			return;
		}
	}
	errx(1, "date: no multiplier for the table of date words");
}

/* Does the first letter of every word of list have its bit in letters? */
static int
initials_in(const char *const *list, unsigned letters)
{
	for (; *list != NULL; list++)
		if ((letters >> ((*list)[0] - 'a') & 1) == 0)
			return 0;
	return 1;
}

static void
init_pair_lens(void)
{
	const char *const *w;
	struct next_words *const *nw;
	size_t len, k;

	for (nw = all_nw; *nw != NULL; nw++)
		for (w = (*nw)->words; *w != NULL; w++) {
			(*nw)->letters |= 1u << ((*w)[0] - 'a');
			(*nw)->lens[(*w)[0] - 'a'] |= (unsigned short)(1u << strlen(*w));
		}
	for (k = 0; heads[k].head != NULL; k++)
		if (heads_at[heads[k].head[0] - 'a'][heads[k].len] == 0)
			heads_at[heads[k].head[0] - 'a'][heads[k].len] =
			    (unsigned char)(k + 1);
	for (k = 0; k < 26; k++) {
		first_lens['a' + k] |= lower_lens[k];
		first_lens['A' + k] |= upper_lens[k];
	}
	for (k = '0'; k <= '9'; k++)
		first_lens[k] = 0xffff;
	first_lens['a'] |= 1u << 1;
	first_lens['A'] |= 1u << 1;
	for (w = trigger_words; *w != NULL; w++) {
		len = strlen(*w);
		if (len >= 2) {
			first_lens[(unsigned char)(*w)[0]] |= (unsigned short)(1u << len);
			first_lens[(unsigned char)(*w)[0] - 32] |= (unsigned short)(1u << len);
			pair_lens[(*w)[0] - 'a'][(*w)[1] - 'a'] |=
			    (unsigned short)(1u << len);
			end_lens[(*w)[0] - 'a'][(*w)[len - 1] - 'a'] |=
			    (unsigned short)(1u << len);
		}
	}
	init_scan_lens();
	init_date_words();
	/* number_may tells the words after a number by their first letter. */
	if (!initials_in(month_next, NUMBER_NEXT) ||
	    !initials_in(units_next, NUMBER_NEXT) ||
	    NUMBER_NEXT != DATE_NUMBER_NEXT)
		errx(1, "date: NUMBER_NEXT and the lists disagree");
}

/*
 * Might the number [b, e) begin a date (match_number)? Four digits may be
 * a year; one to three only a day ("16 August", "16/08", "3rd of May") or
 * a count ("two weeks", "15 days ago"), so they must be followed by a
 * separator of those forms: after one space a month, "of" or, without an
 * ordinal, a unit (told by date_scan_class: not "27 degrees", "15th
 * year"); after a hyphen a month or a number and another hyphen ("3-1" is
 * a score). Other numbers (five digits, "10am") are no dates. See
 * parse_day_first, match_count.
 */
static unsigned
next_class(const struct date_scan *sc, size_t b)
{
	size_t j, lim = sc->n - b > 10 ? b + 10 : sc->n;

	/* Ten bytes are enough to tell a word longer than any of the table. */
	for (j = b; j < lim && alnum_tab[sc->s[j]]; j++)
		;
	return date_scan_class(sc, b, j);
}

static int
number_may(const struct date_scan *sc, size_t b, size_t e)
{
	const unsigned char *s = sc->s;
	size_t k, j, n = sc->n, len = e - b;
	unsigned c;

	/* The first is a digit; five are as many as four and more. */
	for (k = 1; k < len && k < 5 && is_digit(s[b + k]); k++)
		;
	if (k == 4)
		return 1;
	if (k > 4 || len > k + 2 || len == k + 1 || (k == 3 && len != 3))
		return 0;
	if (e >= n)
		return 0;
	c = s[e];
	/* The first letter first: most words after a number are no date's. */
	if (c == ' ' && e + 1 < n && alnum_tab[s[e + 1]])
		return is_alpha(s[e + 1]) &&
		    (NUMBER_NEXT >> ((s[e + 1] | 0x20) - 'a') & 1) &&
		    (next_class(sc, e + 1) & (DATE_IN(DATE_SET_MONTH) |
		    (len == k ? DATE_IN(DATE_SET_UNITS) : 0))) != 0;
	if (c == '-' && e + 1 < n && is_digit(s[e + 1])) {
		/* "16-08-2023" */
		for (j = e + 1; j < n && j - e <= 3 && is_digit(s[j]); j++)
			;
		return len == k && j - e <= 3 && j + 1 < n && s[j] == '-' &&
		    is_digit(s[j + 1]);
	}
	if (c == '-')	/* "26-FEB-1987", "5th-March" */
		return e + 1 < n && is_alpha(s[e + 1]) &&
		    (next_class(sc, e + 1) & DATE_IN(DATE_SET_MONTH)) != 0;
	if (c == '/' || c == '.')
		return len == k;	/* "16/08/2023", not "5th." */
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xc2;
}

/* Might the word [b, e) be one match_word takes? Never no when it is. */
static inline int
maybe_date_word(const struct date_scan *sc, size_t b, size_t e)
{
	const unsigned char *s = sc->s;
	size_t n = sc->n;
	unsigned c = s[b] | 0x20, d, z;
	size_t len = e - b;

	if (is_digit(s[b]))
		return number_may(sc, b, e);
	if (len > 9)
		return 0;
	if (len == 1)
		return c == 'a' && head_may(s, n, b, e);
	d = s[b + 1] | 0x20;
	if (d - 'a' >= 26u)
		return 1;	/* "T10": let match_word judge */
	if ((pair_lens[c - 'a'][d - 'a'] >> len & 1) == 0)
		return 0;
	z = s[e - 1] | 0x20;
	if (z - 'a' < 26u && (end_lens[c - 'a'][z - 'a'] >> len & 1) == 0)
		return 0;
	return head_may(s, n, b, e);
}

/* Look at the word [b, e), one maybe_date_word let by; returns where to go on from. */
static size_t
scan_word(struct date_scan *sc, size_t b, size_t e)
{
	const unsigned char *s = sc->s;
	struct tok t;
	size_t r;

	/* A word that goes on in non-ASCII letters is not ours. */
	if ((e < sc->n && s[e] >= 0x80 && word_at(s, sc->n, e)) ||
	    (b > 0 && s[b - 1] >= 0x80 && word_before(s, b)))
		return e;
	t.b = b;
	t.e = e;
	r = match_word(sc, &t);
	return r > e ? r : e;
}

/*
 * The words are found 64 bytes at a time: a mask of the letters and digits
 * gives where words start and end without a branch per byte, which is what
 * a byte loop spends its time on (a mispredicted exit at every word end).
 */
void
date_find(const char *text, size_t n, date_found_fn *fn, void *arg)
{
	static uint64_t *mask;
	static size_t cap;

	if (text == NULL || fn == NULL)
		return;
	if ((n + 63) / 64 > cap) {
		cap = (n + 63) / 64 * 2;
		mask = erealloc(mask, cap * sizeof(mask[0]));
	}
	text_alnum_mask(text, n, mask);
	date_find_mask(text, n, mask, fn, arg);
}

void
date_scan_begin(struct date_scan *sc, const char *text, size_t n,
    date_found_fn *fn, void *arg)
{
	if (pair_lens['t' - 'a']['h' - 'a'] == 0)
		init_pair_lens();	/* "the" is in it once it is built */
	sc->s = (const unsigned char *)text;
	sc->n = n;
	sc->last_end = 0;
	sc->have_last = 0;
	sc->fn = fn;
	sc->arg = arg;
	sc->code = scan_code;
	sc->lens = (const unsigned short (*)[64])scan_lens;
	sc->words = date_words;
	sc->mul = date_words_mul;
}

/*
 * Look at the run [b, e), which maybe_date_word let by if may, and go on
 * after a date that ends inside a word ("2024-04-30T10:00"): the rest is a
 * word of its own, as a byte loop saw it.
 */
static size_t
scan_from(struct date_scan *sc, size_t b, size_t e, int may)
{
	const unsigned char *s = sc->s;
	size_t n = sc->n, i;

	i = may ? scan_word(sc, b, e) : e;
	while (i < n && i > e && alnum_tab[s[i]] && alnum_tab[s[i - 1]]) {
		for (e = i + 1; e < n && alnum_tab[s[e]]; e++)
			;
		i = maybe_date_word(sc, i, e) ? scan_word(sc, i, e) : e;
	}
	return i;
}

size_t
date_scan_word(struct date_scan *sc, size_t b, size_t e)
{
	return scan_from(sc, b, e, maybe_date_word(sc, b, e));
}

/*
 * maybe_date_word of a word of letters that date_scan_class found in the
 * table (so its letters and length are those of a word of trigger_words)
 * and date_scan_idle let by (so a head is not followed by one space and a
 * word its rule does not read) would say yes: it is not asked again.
 */
size_t
date_scan_taken(struct date_scan *sc, size_t b, size_t e)
{
	/* Most numbers are none of a date's ("15 people"): no more calls. */
	if (is_digit(sc->s[b]) && !number_may(sc, b, e))
		return e;
	return scan_from(sc, b, e, 1);
}

void
date_find_mask(const char *text, size_t n, const uint64_t *mask,
    date_found_fn *fn, void *arg)
{
	const unsigned char *s = (const unsigned char *)text;
	struct date_scan sc;
	uint64_t m, starts, ends, prev = 0;
	size_t base, i = 0, b, e;

	if (text == NULL || fn == NULL)
		return;
	date_scan_begin(&sc, text, n, fn, arg);
	for (base = 0; base < n; base += 64) {
		m = mask[base / 64];
		starts = m & ~(m << 1 | prev);
		prev = m >> 63;
		while (starts != 0) {
			b = base + (size_t)lowest_bit(starts);
			starts &= starts - 1;
			if (b < i)
				continue;	/* inside a date already taken */
			/* Past the mask of a short last block, bits are clear. */
			if ((ends = ~m & ~(uint64_t)0 << (b - base)) != 0)
				e = base + (size_t)lowest_bit(ends);
			else
				for (e = base + 64; e < n && alnum_tab[s[e]]; e++)
					;
			i = date_scan_word(&sc, b, e);
		}
	}
}

/* The reference as a day number; mid-month when its day is unknown. */
static int
ref_day(const struct date *ref, long *z, int *exact)
{
	if (ref->y == 0 || ref->m < 1 || ref->m > 12)
		return 0;
	*exact = valid_day(ref->y, ref->m, ref->d);
	*z = days_from_civil(ref->y, ref->m, *exact ? ref->d : 15);
	return 1;
}

static void
set_day(struct date *out, long z, int exact)
{
	civil_from_days(z, out);
	if (!exact)
		out->d = 0;
}

static void
set_month(struct date *out, int y, int m0)
{
	/* m0 counts months from year 0; division floors for the past. */
	out->y = y + (m0 >= 0 ? m0 / 12 : (m0 - 11) / 12);
	out->m = m0 - (out->y - y) * 12 + 1;
	out->d = 0;
}

/* A fixed number of digits at s, and nothing more than len of them. */
static int
num(const char *s, size_t len)
{
	size_t i;
	int v = 0;

	for (i = 0; i < len; i++) {
		if (!is_digit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Apply an offset [+-]N[dwmy] to base; precision per the comment at the top. */
static int
offset(const char *norm, const struct date *base, struct date *out)
{
	struct date r;
	long z;
	size_t len, k;
	int n, exact;

	len = strlen(norm);
	if (len < 3 || (norm[0] != '+' && norm[0] != '-'))
		return 0;
	k = len - 2;
	if (k > 4 || (n = num(norm + 1, k)) < 0)
		return 0;
	if (norm[0] == '-')
		n = -n;
	if (base->y == 0)
		return 0;
	r = *base;
	switch (norm[len - 1]) {
	case 'd':
		if (!ref_day(&r, &z, &exact))
			return 0;
		set_day(out, z + n, exact);
		return 1;
	case 'w':
		if (!ref_day(&r, &z, &exact))
			return 0;
		set_day(out, z + 7L * n, 0);
		return 1;
	case 'm':
		if (r.m < 1 || r.m > 12)
			return 0;
		set_month(out, r.y, r.m - 1 + n);
		return 1;
	case 'y':
		out->y = r.y + n;
		out->m = out->d = 0;
		return 1;
	}
	return 0;
}

/*
 * A date outside years 1..9999 has no ISO 8601 form (date_format writes
 * ""): near the ends of the calendar a resolved date is unknown, not a
 * success with an empty date.
 */
static int
in_calendar(const struct date *d)
{
	return d->y >= 1 && d->y <= 9999;
}

int
date_shift(const char *norm, const struct date *anchor, struct date *out)
{
	struct date d;

	if (norm == NULL || anchor == NULL || out == NULL)
		return 0;
	if (!offset(norm, anchor, &d) || !in_calendar(&d))
		return 0;
	*out = d;
	return 1;
}

/* Deictic normal forms: an offset in days, weeks (to month precision), months, years. */
static const struct {
	const char *norm;
	char unit;
	int n;
} deictic[] = {
	{ "today", 'd', 0 },
	{ "tonight", 'd', 0 },
	{ "yesterday", 'd', -1 },
	{ "last-night", 'd', -1 },
	{ "tomorrow", 'd', 1 },
	{ "last-week", 'w', -7 },
	{ "this-week", 'w', 0 },
	{ "next-week", 'w', 7 },
	{ "earlier-this-week", 'w', 0 },
	{ "later-this-week", 'w', 0 },
	{ "last-weekend", 'w', -4 },
	{ "this-weekend", 'w', 0 },
	{ "next-weekend", 'w', 7 },
	{ "recently", 'w', 0 },
	{ "recent-days", 'w', 0 },
	{ "recent-weeks", 'w', 0 },
	{ "days-ago", 'w', -3 },
	{ "weeks-ago", 'w', -14 },
	{ "last-month", 'm', -1 },
	{ "this-month", 'm', 0 },
	{ "next-month", 'm', 1 },
	{ "earlier-this-month", 'm', 0 },
	{ "later-this-month", 'm', 0 },
	{ "recent-months", 'y', 0 },
	{ "last-year", 'y', -1 },
	{ "this-year", 'y', 0 },
	{ "next-year", 'y', 1 },
	{ "earlier-this-year", 'y', 0 },
	{ "later-this-year", 'y', 0 },
};

/*
 * The year for a month and day written without one: the reference's year,
 * or the one before or after, so that the date falls from about ten months
 * before the reference to about two after (planned meetings are reported
 * ahead, but not far ahead).
 */
static int
year_near(const struct date *ref, int m, int d)
{
	long z, c;
	int exact;

	if (!ref_day(ref, &z, &exact))
		return ref->y;
	if (d == 0 || !exact) {
		if (m - ref->m > 2)
			return ref->y - 1;
		if (m - ref->m < -9)
			return ref->y + 1;
		return ref->y;
	}
	c = days_from_civil(ref->y, m, d > month_days(ref->y, m) ?
	    month_days(ref->y, m) : d) - z;
	if (c > 62)
		return ref->y - 1;
	if (c <= 62 - 365)
		return ref->y + 1;
	return ref->y;
}

/*
 * Resolution rules (documented for the extractor):
 * - absolute forms pass through; "--MM-DD" and "--MM" take the year that
 *   puts them within ten months before to two months after the reference;
 *   29 February in a common year falls back to the month;
 * - a day name is the most recent such day on or before the reference: wire
 *   copy says "said on Thursday" of the day it is dated; "last-X" is strictly
 *   before, "next-X" strictly after;
 * - day offsets keep day precision, weeks and vaguer spans give the month;
 * - with only a reference month, day arithmetic gives the month; with only
 *   a year, only year arithmetic works; with no year, nothing does.
 */
static int resolve(const char *, const struct date *, struct date *);

int
date_resolve(const char *norm, const struct date *ref, struct date *out)
{
	struct date d;

	if (out == NULL || !resolve(norm, ref, &d) || !in_calendar(&d))
		return 0;
	*out = d;
	return 1;
}

static int
resolve(const char *norm, const struct date *ref, struct date *out)
{
	struct date r = { 0, 0, 0 }, d = { 0, 0, 0 };
	size_t len, i;
	long z;
	int exact, wd, k, dir;

	if (norm == NULL || out == NULL)
		return 0;
	len = strlen(norm);
	/* Absolute: YYYY, YYYY-MM, YYYY-MM-DD. */
	if (len >= 4 && is_digit((unsigned char)norm[0])) {
		if ((d.y = num(norm, 4)) < 1)
			return 0;
		if (len == 4)
			goto done;
		if (len >= 7 && norm[4] == '-' && (d.m = num(norm + 5, 2)) >= 1 &&
		    d.m <= 12) {
			if (len == 7)
				goto done;
			if (len == 10 && norm[7] == '-' &&
			    valid_day(d.y, d.m, (d.d = num(norm + 8, 2))))
				goto done;
		}
		return 0;
	}
	if (ref == NULL || ref->y == 0)
		return 0;
	r = *ref;
	if (r.m < 1 || r.m > 12)
		r.m = r.d = 0;
	if (!valid_day(r.y, r.m, r.d))
		r.d = 0;
	/* Partial: --MM, --MM-DD. */
	if (len >= 4 && norm[0] == '-' && norm[1] == '-') {
		if ((d.m = num(norm + 2, 2)) < 1 || d.m > 12)
			return 0;
		if (len == 7 && norm[4] == '-') {
			d.d = num(norm + 5, 2);
			if (!valid_day(0, d.m, d.d))
				return 0;
		} else if (len != 4)
			return 0;
		d.y = year_near(&r, d.m, d.d);
		if (d.d != 0 && !valid_day(d.y, d.m, d.d))
			d.d = 0;
		goto done;
	}
	if (norm[0] == '-')
		return offset(norm, &r, out);
	if (norm[0] == '+')
		return 0;
	/* Day names. */
	dir = 0;
	i = 0;
	if (strncmp(norm, "last-", 5) == 0) {
		dir = -1;
		i = 5;
	} else if (strncmp(norm, "next-", 5) == 0) {
		dir = 1;
		i = 5;
	}
	for (wd = 0; wd < 7; wd++)
		if (strcmp(norm + i, day_names[wd]) == 0)
			break;
	if (wd < 7) {
		if (!ref_day(&r, &z, &exact))
			return 0;
		if (!exact) {
			d.y = r.y;
			d.m = r.m;
			goto done;
		}
		k = weekday(z);
		if (dir > 0)
			z += (wd - k + 6) % 7 + 1;
		else if (dir < 0)
			z -= (k - wd + 6) % 7 + 1;
		else
			z -= (k - wd + 7) % 7;
		set_day(out, z, 1);
		return 1;
	}
	for (i = 0; i < sizeof(deictic) / sizeof(deictic[0]); i++) {
		if (strcmp(norm, deictic[i].norm) != 0)
			continue;
		switch (deictic[i].unit) {
		case 'd':
		case 'w':
			if (!ref_day(&r, &z, &exact))
				return 0;
			set_day(out, z + deictic[i].n,
			    exact && deictic[i].unit == 'd');
			return 1;
		case 'm':
			if (r.m == 0)
				return 0;
			set_month(out, r.y, r.m - 1 + deictic[i].n);
			return 1;
		default:
			d.y = r.y + deictic[i].n;
			goto done;
		}
	}
	return 0;
done:
	*out = d;
	return 1;
}

/* Write v as exactly w digits. */
static char *
put_digits(char *p, int v, int w)
{
	int i;

	/* Dates have two and four: two digits a step. */
	for (i = w - 2; i >= 0; i -= 2) {
		p[i] = (char)('0' + v / 10 % 10);
		p[i + 1] = (char)('0' + v % 10);
		v /= 100;
	}
	if (i == -1)
		p[0] = (char)('0' + v % 10);
	return p + w;
}

char *
date_format(const struct date *d, char buf[11])
{
	char *p = buf;

	buf[0] = '\0';
	if (d == NULL || d->y < 1 || d->y > 9999)
		return buf;
	p = put_digits(p, d->y, 4);
	if (d->m >= 1 && d->m <= 12) {
		*p++ = '-';
		p = put_digits(p, d->m, 2);
		if (valid_day(d->y, d->m, d->d)) {
			*p++ = '-';
			p = put_digits(p, d->d, 2);
		}
	}
	*p = '\0';
	return buf;
}

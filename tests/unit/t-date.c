/*
 * t-date.c: unit tests for common/date.c, as tables of input and expected
 * output checked by hand (weekdays against date(1)).
 */
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "test.h"

/* date_parse: input, bytes consumed (0 = no date), and the date found. */
static const struct {
	const char *in;
	size_t len;
	int y, m, d;
} parse_cases[] = {
	{ "August 16, 2023",			15, 2023, 8, 16 },
	{ "Aug. 16, 2023",			13, 2023, 8, 16 },
	{ "Aug 16 2023",			11, 2023, 8, 16 },
	{ "AUGUST 16, 2023",			15, 2023, 8, 16 },
	{ "August 16,2023",			14, 2023, 8, 16 },
	{ "16 August 2023",			14, 2023, 8, 16 },
	{ "16th August, 2023",			17, 2023, 8, 16 },
	{ "16th of August 2023",		19, 2023, 8, 16 },
	{ "16 Aug. 2023",			12, 2023, 8, 16 },
	{ "Sept. 3, 1987",			13, 1987, 9, 3 },
	{ "Sep 3, 1987",			11, 1987, 9, 3 },
	{ "2023-08-16",				10, 2023, 8, 16 },
	{ "2024-04-30 10:00",			16, 2024, 4, 30 },
	{ "2024-04-30T10:00:00Z",		20, 2024, 4, 30 },
	{ "2024-04-30T10:00:00+03:00 x",	25, 2024, 4, 30 },
	{ "16/08/2023",				10, 2023, 8, 16 },
	{ "16.08.2023",				10, 2023, 8, 16 },
	{ "08/16/2023",				10, 2023, 8, 16 },
	{ "03/04/2023",				10, 2023, 4, 3 },
	{ "16/08/23",				8, 2023, 8, 16 },
	{ "Tuesday, 16 August 2023",		23, 2023, 8, 16 },
	{ "Wednesday, August 16, 2023",		26, 2023, 8, 16 },
	{ "Tue, 16 Aug 2023 10:00:00 +0000",	31, 2023, 8, 16 },
	{ "Feb 2024",				8, 2024, 2, 0 },
	{ "February 2024",			13, 2024, 2, 0 },
	{ "February, 2024",			14, 2024, 2, 0 },
	{ "March 3",				7, 0, 3, 3 },
	{ "March 3 - Chancellor Kohl",		7, 0, 3, 3 },
	{ "Dec. 25",				7, 0, 12, 25 },
	{ "1987",				4, 1987, 0, 0 },
	{ "1987 was a year",			4, 1987, 0, 0 },
	{ "26-FEB-1987 15:01:01.79",		23, 1987, 2, 26 },
	{ "2024-02",				7, 2024, 2, 0 },
	{ "2024-02-29",				10, 2024, 2, 29 },
	{ "2000-02-29",				10, 2000, 2, 29 },
	/* not dates */
	{ "1900-02-29",				0, 0, 0, 0 },
	{ "2023-02-29",				0, 0, 0, 0 },
	{ "31 April 2023",			0, 0, 0, 0 },
	{ "13/13/2023",				0, 0, 0, 0 },
	{ "Thursday",				0, 0, 0, 0 },
	{ "May",				0, 0, 0, 0 },
	{ "may be",				0, 0, 0, 0 },
	{ "March 1,160 people",			0, 0, 0, 0 },
	{ "30,228 people",			0, 0, 0, 0 },
	{ "1,160",				0, 0, 0, 0 },
	{ "BONN, March 3",			0, 0, 0, 0 },
	{ "12345",				0, 0, 0, 0 },
	{ "1990s",				0, 0, 0, 0 },
	{ "",					0, 0, 0, 0 },
};

/*
 * date_find: text and every expression found as "surface=norm", joined
 * by "|"; the surface is cut from the text by the offsets reported.
 */
static const struct {
	const char *in;
	const char *want;
} find_cases[] = {
	/* absolute */
	{ "They met on August 14, 2023 in Cairo.", "August 14, 2023=2023-08-14" },
	{ "talks held on 14 August ended",	"14 August=--08-14" },
	{ "signed on Feb. 26, 2024.",		"Feb. 26, 2024=2024-02-26" },
	{ "a visit in February was",		"February=--02" },
	{ "elections in March 2024 and",	"March 2024=2024-03" },
	{ "founded in 2006 by",			"2006=2006" },
	{ "Since 1987, the group",		"1987=1987" },
	{ "Tuesday, 16 August 2023: talks",	"Tuesday, 16 August 2023=2023-08-16" },
	{ "BONN, March 3 - The",		"March 3=--03-03" },
	{ "26-FEB-1987 15:01:01.79",		"26-FEB-1987=1987-02-26" },
	{ "Published: 2024-04-30 10:00",	"2024-04-30=2024-04-30" },
	{ "on 16/08/2023 at",			"16/08/2023=2023-08-16" },
	{ "between February and March 2024",	"February=--02|March 2024=2024-03" },
	{ "from January to March",		"January=--01|March=--03" },
	{ "by mid-March the",			"March=--03" },
	{ "in the 1990s",			"1990s=1990s" },
	{ "the end of May",			"May=--05" },
	{ "On May 5, the",			"May 5=--05-05" },
	{ "In May, talks",			"May=--05" },
	/* weekdays */
	{ "Hamas said on Thursday that",	"Thursday=thursday" },
	{ "Thursday's talks in Cairo",		"Thursday=thursday" },
	{ "Abbas said Tuesday the talks",	"Tuesday=tuesday" },
	{ "met last Friday with",		"last Friday=last-friday" },
	{ "will meet next Monday.",		"next Monday=next-monday" },
	/* relative */
	{ "Yesterday, the",			"Yesterday=yesterday" },
	{ "talks today and tomorrow",		"today=today|tomorrow=tomorrow" },
	{ "met last night",			"last night=last-night" },
	{ "last week and this week",		"last week=last-week|this week=this-week" },
	{ "next week",				"next week=next-week" },
	{ "last month, this month, next month",
	    "last month=last-month|this month=this-month|next month=next-month" },
	{ "earlier this month",			"earlier this month=earlier-this-month" },
	{ "later this month",			"later this month=later-this-month" },
	{ "last year and next year",		"last year=last-year|next year=next-year" },
	{ "earlier this year",			"earlier this year=earlier-this-year" },
	{ "two days ago",			"two days ago=-2d" },
	{ "2 days ago",				"2 days ago=-2d" },
	{ "three weeks ago",			"three weeks ago=-3w" },
	{ "days later",				"days later=days-later" },
	{ "two days later",			"two days later=+2d" },
	{ "two days after the vote",		"two days after=+2d" },
	{ "two days earlier",			"two days earlier=-2d" },
	{ "two days before the vote",		"two days before=-2d" },
	{ "a day earlier",			"a day earlier=-1d" },
	{ "a few days later",			"a few days later=days-later" },
	{ "the following week",			"the following week=+1w" },
	{ "the previous day",			"the previous day=-1d" },
	{ "had recently met",			"recently=recently" },
	{ "in recent weeks",			"recent weeks=recent-weeks" },
	/* heads let go before their rule reads on (date.c, head_may) */
	{ "the day before the vote",		"the day before=-1d" },
	{ "The WEEKS before the vote",		"The WEEKS before=-1w" },
	{ "the president said",			"" },
	{ "a couple of weeks ago",		"a couple of weeks ago=-2w" },
	{ "a deal was signed",			"" },
	{ "several weeks later",		"several weeks later=weeks-later" },
	{ "several people later",		"" },
	{ "weeks of talks",			"" },
	/* numbers (number_may) */
	{ "15 days ago",			"15 days ago=-15d" },
	{ "100 days later",			"100 days later=+100d" },
	{ "15 people",				"" },
	{ "12345 days ago",			"days ago=days-ago" },
	{ "on the 5th of May",			"5th of May=--05-05" },
	{ "on 5th-March the",			"5th-March=--03-05" },
	{ "at 10am on",				"" },
	{ "in 2024 and",			"2024=2024" },
	/* not dates */
	{ "Theresa May said",			"" },
	{ "Theresa May 2019 speech",		"" },
	{ "it may be that",			"" },
	{ "stood by May",			"" },
	{ "the cabinet of May",			"" },
	{ "a march on the capital",		"" },
	{ "the Great March of Return",		"" },
	{ "30,228 people",			"" },
	{ "1,160 fighters",			"" },
	{ "in 1,160 cases",			"" },
	{ "the 2006 elections",			"" },
	{ "Resolution 2334",			"" },
	{ "in 2150",				"" },
	{ "the Sunday Times reported",		"" },
	{ "the Good Friday Agreement",		"" },
	{ "Black September",			"" },
	{ "an August body",			"" },
	{ "Russia Today reported",		"" },
	{ "he told BBC Radio 4's Today programme", "" },
	{ "He said: \"Today the talks",		"Today=today" },
	{ "Talks ended. Today, the",		"Today=today" },
	{ "the Mayor of Marchetti",		"" },
	{ "two-day talks",			"" },
	{ "for two days",			"" },
	{ "this may be",			"" },
	/* no dates inside words, UTF-8 neighbours */
	{ "xMarch 2024",			"" },
	{ "\xc3\xa9March 2024",			"" },
	{ "\xe2\x80\x94March 2024",		"March 2024=2024-03" },
	{ "March\xc3\xa9 in May",		"May=--05" },
	{ "\xe2\x80\x9con Thursday\xe2\x80\x9d", "Thursday=thursday" },
};

/* date_resolve: norm, reference date, expected result ("" = returns 0). */
static const struct {
	const char *norm;
	int y, m, d;
	const char *want;
} resolve_cases[] = {
	{ "2024-02-29",		2024, 3, 1,	"2024-02-29" },
	{ "2006",		0, 0, 0,	"2006" },
	{ "2024-02",		2023, 1, 1,	"2024-02" },
	{ "--08-14",		2023, 8, 16,	"2023-08-14" },
	{ "--12-20",		2024, 1, 5,	"2023-12-20" },
	{ "--01-10",		2024, 11, 20,	"2025-01-10" },
	{ "--08-14",		2023, 0, 0,	"2023-08-14" },
	{ "--08-14",		0, 0, 0,	"" },
	{ "--02-29",		2023, 3, 10,	"2023-02" },
	{ "--02",		2024, 2, 26,	"2024-02" },
	{ "--10",		2024, 3, 1,	"2023-10" },
	{ "yesterday",		2024, 3, 1,	"2024-02-29" },
	{ "yesterday",		2023, 3, 1,	"2023-02-28" },
	{ "yesterday",		1900, 3, 1,	"1900-02-28" },
	{ "yesterday",		2023, 8, 0,	"2023-08" },
	{ "yesterday",		2023, 0, 0,	"" },
	{ "yesterday",		0, 0, 0,	"" },
	{ "today",		2024, 2, 29,	"2024-02-29" },
	{ "tomorrow",		2023, 12, 31,	"2024-01-01" },
	{ "last-night",		2024, 1, 1,	"2023-12-31" },
	{ "last-week",		2024, 3, 5,	"2024-02" },
	{ "this-week",		2024, 3, 5,	"2024-03" },
	{ "last-month",		2024, 1, 5,	"2023-12" },
	{ "last-month",		2023, 8, 16,	"2023-07" },
	{ "next-month",		2023, 12, 10,	"2024-01" },
	{ "earlier-this-month",	2023, 8, 16,	"2023-08" },
	{ "this-year",		2023, 8, 16,	"2023" },
	{ "last-year",		2023, 0, 0,	"2022" },
	{ "-2d",		2024, 3, 1,	"2024-02-28" },
	{ "-3w",		2024, 3, 10,	"2024-02" },
	{ "-2m",		2024, 1, 15,	"2023-11" },
	{ "-1y",		2024, 2, 29,	"2023" },
	{ "+2d",		2024, 3, 1,	"" },
	{ "days-later",		2024, 3, 1,	"" },
	{ "thursday",		2023, 8, 16,	"2023-08-10" },
	{ "wednesday",		2023, 8, 16,	"2023-08-16" },
	{ "last-wednesday",	2023, 8, 16,	"2023-08-09" },
	{ "next-monday",	2023, 8, 16,	"2023-08-21" },
	{ "next-wednesday",	2023, 8, 16,	"2023-08-23" },
	{ "friday",		2024, 3, 1,	"2024-03-01" },
	{ "saturday",		2024, 3, 1,	"2024-02-24" },
	{ "thursday",		2023, 8, 0,	"2023-08" },
	{ "thursday",		2023, 0, 0,	"" },
	{ "recently",		2024, 2, 29,	"2024-02" },
	{ "1990s",		2024, 2, 29,	"" },
	{ "nonsense",		2024, 2, 29,	"" },
};

/* date_shift: offset, anchor, expected. */
static const struct {
	const char *norm;
	int y, m, d;
	const char *want;
} shift_cases[] = {
	{ "+2d",		2024, 2, 28,	"2024-03-01" },
	{ "-1d",		2024, 1, 1,	"2023-12-31" },
	{ "+1w",		2024, 2, 26,	"2024-03" },
	{ "+1m",		2023, 12, 5,	"2024-01" },
	{ "days-later",		2024, 2, 28,	"" },
};

static const struct {
	int y, m, d;
	const char *want;
} format_cases[] = {
	{ 2024, 0, 0,	"2024" },
	{ 2024, 2, 0,	"2024-02" },
	{ 2024, 2, 29,	"2024-02-29" },
	{ 987, 1, 2,	"0987-01-02" },
	{ 0, 0, 0,	"" },
	{ 0, 3, 3,	"" },
	{ 2023, 2, 29,	"2023-02" },
};

struct found {
	const char *text;
	char buf[512];
	size_t len;
};

static void
collect(size_t start, size_t end, const char *norm, void *arg)
{
	struct found *f = arg;
	int r;

	r = snprintf(f->buf + f->len, sizeof(f->buf) - f->len, "%s%.*s=%s",
	    f->len > 0 ? "|" : "", (int)(end - start), f->text + start, norm);
	if (r > 0 && (size_t)r < sizeof(f->buf) - f->len)
		f->len += r;
}

static void
collect_offsets(size_t start, size_t end, const char *norm, void *arg)
{
	struct found *f = arg;
	int r;

	r = snprintf(f->buf + f->len, sizeof(f->buf) - f->len, "%s%zu-%zu:%s",
	    f->len > 0 ? "|" : "", start, end, norm);
	if (r > 0 && (size_t)r < sizeof(f->buf) - f->len)
		f->len += r;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

int
main(void)
{
	struct date d, ref;
	struct found f;
	char buf[11];
	size_t i, len;
	int r;

	for (i = 0; i < NELEM(parse_cases); i++) {
		memset(&d, 0, sizeof(d));
		len = date_parse(parse_cases[i].in, strlen(parse_cases[i].in), &d);
		is_int(len, parse_cases[i].len, "parse '%s' length", parse_cases[i].in);
		if (parse_cases[i].len > 0)
			ok(d.y == parse_cases[i].y && d.m == parse_cases[i].m &&
			    d.d == parse_cases[i].d, "parse '%s' = %d-%d-%d (got %d-%d-%d)",
			    parse_cases[i].in, parse_cases[i].y, parse_cases[i].m,
			    parse_cases[i].d, d.y, d.m, d.d);
	}

	/* date_parse reads only n bytes: a date cut short is a shorter date. */
	is_int(date_parse("August 16, 2023", 9, &d), 9, "parse stops at n");
	is_int(d.y, 0, "parse stops at n: no year");

	for (i = 0; i < NELEM(find_cases); i++) {
		memset(&f, 0, sizeof(f));
		f.text = find_cases[i].in;
		date_find(f.text, strlen(f.text), collect, &f);
		is_str(f.buf, find_cases[i].want, "find '%s'", find_cases[i].in);
	}

	/* Exact byte offsets around multi-byte characters. */
	memset(&f, 0, sizeof(f));
	f.text = "Caf\xc3\xa9 \xe2\x80\x9con Thursday\xe2\x80\x9d \xe2\x80\x94 14 August";
	date_find(f.text, strlen(f.text), collect_offsets, &f);
	is_str(f.buf, "12-20:thursday|28-37:--08-14", "find offsets in UTF-8 text");

	/* date_find reads only n bytes, and no NUL is needed. */
	memset(&f, 0, sizeof(f));
	f.text = "in March 2024";
	date_find(f.text, 8, collect, &f);
	is_str(f.buf, "March=--03", "find stops at n");

	for (i = 0; i < NELEM(resolve_cases); i++) {
		ref.y = resolve_cases[i].y;
		ref.m = resolve_cases[i].m;
		ref.d = resolve_cases[i].d;
		memset(&d, 0, sizeof(d));
		r = date_resolve(resolve_cases[i].norm, &ref, &d);
		is_str(r ? date_format(&d, buf) : "", resolve_cases[i].want,
		    "resolve %s against %d-%d-%d", resolve_cases[i].norm,
		    ref.y, ref.m, ref.d);
	}
	ok(date_resolve("2024", NULL, &d) == 1 && d.y == 2024,
	    "resolve absolute without reference");
	ok(date_resolve("today", NULL, &d) == 0, "resolve relative without reference");

	for (i = 0; i < NELEM(shift_cases); i++) {
		ref.y = shift_cases[i].y;
		ref.m = shift_cases[i].m;
		ref.d = shift_cases[i].d;
		memset(&d, 0, sizeof(d));
		r = date_shift(shift_cases[i].norm, &ref, &d);
		is_str(r ? date_format(&d, buf) : "", shift_cases[i].want,
		    "shift %d-%d-%d by %s", ref.y, ref.m, ref.d, shift_cases[i].norm);
	}

	for (i = 0; i < NELEM(format_cases); i++) {
		d.y = format_cases[i].y;
		d.m = format_cases[i].m;
		d.d = format_cases[i].d;
		is_str(date_format(&d, buf), format_cases[i].want, "format %d-%d-%d",
		    d.y, d.m, d.d);
	}
	return done_testing();
}

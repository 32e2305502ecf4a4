/*
 * date.h: finding, normalising and resolving date expressions in English news.
 *
 * Three users: split-articles reads the article date from a dateline or source
 * line; tag-entities tags every date expression as DATE with a normal form;
 * extract-meetings resolves that normal form against the article date.
 */
#ifndef DATE_H
#define DATE_H

#include <stddef.h>
#include <stdint.h>

/* A calendar date at the precision known: y only, y and m, or y, m, d; 0 = unknown. */
struct date {
	int y, m, d;
};

/*
 * Parse an absolute date written in any common way ("August 16, 2023",
 * "16 August 2023", "Aug. 16, 2023", "2023-08-16", "2024-04-30 10:00",
 * "16/08/2023" day first, "Feb 2024", "2024") at the start of s (n bytes).
 * Returns the number of bytes consumed, 0 if no date starts there.
 * A day and month without a year ("March 3", "14 August") give y = 0; a
 * leading day name ("Tuesday, 16 August 2023") and a following time of day
 * ("2024-04-30 10:00", "26-FEB-1987 15:01:01.79") are consumed too.
 * Numeric dates are day first ("03/04/2023" is 3 April) unless only the
 * month-first reading is possible ("08/16/2023"). Leading blanks are not skipped.
 */
size_t date_parse(const char *s, size_t n, struct date *out);

/*
 * Find date expressions, absolute and relative, in text. For each, calls
 * fn(start, end, norm, arg) with byte offsets and the expression normalised as
 * far as it goes alone (see date.c for the vocabulary: "2024-02-29", "2024-02",
 * "--08-14" for a day and month without year, "thursday", "yesterday",
 * "last-week", "last-month", "earlier-this-month", "days-later", "+2d", "-2d", ...).
 * Month and day names alone are not dates ("May" the name, "March" the verb).
 */
typedef void date_found_fn(size_t start, size_t end, const char *norm, void *arg);
void date_find(const char *text, size_t n, date_found_fn *fn, void *arg);

/*
 * date_find for a caller that has marked the ASCII letters and digits of
 * text already (text_alnum_mask of text.h), so that the text is scanned
 * for words once: the tagger does.
 */
void date_find_mask(const char *text, size_t n, const uint64_t *mask,
    date_found_fn *fn, void *arg);

/*
 * date_find_mask one word at a time, for a caller that walks the words of
 * the mask for itself (the tagger, as it cuts the text into words): after
 * date_scan_begin, call date_scan_word for each run [b, e) of ASCII letters
 * and digits in order, leaving out those that start before the offset the
 * last call returned (inside a date it took). The fields are date.c's.
 */
struct date_scan {
	const unsigned char *s;
	size_t n;
	size_t last_end;	/* end of the last span reported */
	int have_last;
	date_found_fn *fn;
	void *arg;
	const unsigned char *code;	/* for date_scan_may */
	const unsigned short (*lens)[64];
};
void date_scan_begin(struct date_scan *sc, const char *text, size_t n,
    date_found_fn *fn, void *arg);
size_t date_scan_word(struct date_scan *sc, size_t b, size_t e);

/*
 * Might the run [b, e) of s begin a date? When not, date_scan_word would
 * only return e. Nine words in ten are told so from their first two bytes
 * and length: lens[code[first]][code[second]] (the scan's tables) has bit k
 * set when a word of length k may begin so, bit 15 standing for any length
 * from 15. Without a branch, here where the caller's loop has them without
 * a call: which way a word goes is anybody's guess, and a wrong guess cost
 * the loop more than these sums. Of the words let by, date_scan_idle tells
 * "the" (every tenth word) and "a" before a word that is no "day", "week",
 * "following", "few", ... by its first letter (date.c checks that its lists
 * agree).
 */
#define DATE_LETTER(c) (1u << ((c) - 'a'))
#define DATE_THE_NEXT (DATE_LETTER('d') | DATE_LETTER('f') | DATE_LETTER('m') | \
	DATE_LETTER('n') | DATE_LETTER('p') | DATE_LETTER('w') | DATE_LETTER('y'))
#define DATE_A_NEXT (DATE_LETTER('c') | DATE_LETTER('d') | DATE_LETTER('f') | \
	DATE_LETTER('m') | DATE_LETTER('w') | DATE_LETTER('y'))

static inline int
date_scan_may(const unsigned char *code, const unsigned short (*lens)[64],
    const unsigned char *s, size_t b, size_t e)
{
	size_t len = e - b;

	/* The second byte is the first again for a run of one. */
	return lens[code[s[b]]][code[s[b + (len > 1)]]] >>
	    (len < 15 ? len : 15) & 1;
}

/*
 * Of the runs date_scan_may lets by: is [b, e) "the" or "a" before one
 * space and a word whose first letter no date word that follows them has?
 */
static inline int
date_scan_idle(const unsigned char *s, size_t n, size_t b, size_t e)
{
	unsigned x, letters;

	if (e + 1 >= n || s[e] != ' ')
		return 0;
	if (e - b == 1 && (s[b] | 0x20) == 'a')
		letters = DATE_A_NEXT;
	else if (e - b == 3 && (s[b] | 0x20) == 't' && (s[b + 1] | 0x20) == 'h' &&
	    (s[b + 2] | 0x20) == 'e')
		letters = DATE_THE_NEXT;
	else
		return 0;
	x = s[e + 1];
	if (x - '0' < 10)
		return 1;
	x = (x | 0x20) - 'a';
	return x < 26 && (letters >> x & 1) == 0;
}

/*
 * Resolve a normal form from date_find against the reference date (the
 * article's). Returns 1 and sets *out at the precision the expression
 * supports, 0 when no year can be known.
 */
int date_resolve(const char *norm, const struct date *ref, struct date *out);

/*
 * Apply an offset from date_find ("+2d", "-3w", "+1m", "-1y") to an anchor,
 * the date of the event the text counts from ("two days later"). Returns 1
 * and sets *out at the precision the offset supports, 0 otherwise.
 */
int date_shift(const char *norm, const struct date *anchor, struct date *out);

/* Write d as ISO 8601 at its precision ("2024", "2024-02", "2024-02-29") into buf; "" if unknown. */
char *date_format(const struct date *d, char buf[11]);

#endif

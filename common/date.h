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
#include <string.h>

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
struct date_word;
struct date_scan {
	const unsigned char *s;
	size_t n;
	size_t last_end;	/* end of the last span reported */
	int have_last;
	date_found_fn *fn;
	void *arg;
	const unsigned char *code;	/* for date_scan_may */
	const unsigned short (*lens)[64];
	const struct date_word *words;	/* for date_scan_class */
	uint64_t mul;
};
void date_scan_begin(struct date_scan *sc, const char *text, size_t n,
    date_found_fn *fn, void *arg);
size_t date_scan_word(struct date_scan *sc, size_t b, size_t e);
/* date_scan_word for a run date_scan_class and date_scan_idle let by. */
size_t date_scan_taken(struct date_scan *sc, size_t b, size_t e);

/*
 * Might the run [b, e) of s begin a date? When not, date_scan_word would
 * only return e. Most words are told so from their first and last bytes
 * and length: lens[code[first]][code[last]] (the scan's tables) has bit k
 * set when a word of length k may begin so. The last byte rather than the
 * second: it is read without a test for a run of one (the first again),
 * and it lets few more words by. Lengths are taken modulo 16:
 * no word of letters longer than nine is a date, and every length may be
 * for a number, so a long word let by as a short one is only looked at
 * again (date_scan_class). Without a branch, here where the caller's loop
 * has them without a call: which way a word goes is anybody's guess, and a
 * wrong guess cost the loop more than these sums.
 */
static inline int
date_scan_may(const unsigned char *code, const unsigned short (*lens)[64],
    const unsigned char *s, size_t b, size_t e)
{
	size_t len = e - b;

	return lens[code[s[b]]][code[s[e - 1]]] >> (len & 15) & 1;
}

/*
 * The class of a run of ASCII letters and digits that date_scan_may let
 * by, from a table of the words date.c reads, by their first eight bytes in
 * lower case and their length, hashed so that each has a slot of its own:
 * one probe. A run of class without DATE_TAKE never begins a date, and
 * date_scan_word would only return e. DATE_IN(k) says the word is in the
 * list k of words that must follow a head ("the" before "day", "following",
 * ...), DATE_NEEDS(k) that it is such a head. Words of nine letters are
 * known by eight and may be others: a class says "may", never "is".
 */
enum {
	DATE_SET_UNITS,		/* day(s), week(s), month(s), year(s) */
	DATE_SET_THE,		/* after "the": units, following, previous, ... */
	DATE_SET_A,		/* after "a": units, few, couple */
	DATE_SET_AGO,		/* after "N days": ago, later, ... */
	DATE_SET_THIS,		/* after "earlier", "later": this */
	DATE_SET_DEICTIC,	/* after "last", "next", "this": week, Friday */
	DATE_SET_MONTH,		/* after "16", "3rd": months, of */
	DATE_NSETS
};
#define DATE_TAKE	1u
#define DATE_IN(k)	(1u << (1 + (k)))
#define DATE_NEEDS(k)	(1u << (1 + DATE_NSETS + (k)))
#define DATE_WORD_BITS	10

struct date_word {
	uint64_t key;
	uint32_t cls;
};

/*
 * The first letters of the words that may follow a number in a date: the
 * months, "of" and the units (a d f j m n o s w y; date.c checks them
 * against its lists).
 */
#define DATE_NUMBER_NEXT	0x1447229u

/*
 * May the number at s[b] (a run [b, e) that begins with a digit) begin a
 * date? No when one to three bytes stand before one space and a letter
 * none of DATE_NUMBER_NEXT ("15 people", "3 killed"): number_may of date.c
 * says so too, which is the most common case, here without a call.
 */
static inline unsigned
date_number_may(const struct date_scan *sc, size_t b, size_t e)
{
	const unsigned char *s = sc->s;
	unsigned c;

	if (e - b > 3 || e + 1 >= sc->n || s[e] != ' ')
		return 1;
	c = (s[e + 1] | 0x20) - 'a';
	return c >= 26 || (DATE_NUMBER_NEXT >> c & 1);
}

static inline unsigned
date_scan_class(const struct date_scan *sc, size_t b, size_t e)
{
	const unsigned char *s = sc->s;
	const struct date_word *w;
	uint64_t x = 0, key;
	size_t len = e - b, k = len < 8 ? len : 8;
	unsigned cls;

	if (b + 8 <= sc->n)
		memcpy(&x, s + b, 8);
	else
		memcpy(&x, s + b, k);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	/* Setting bit 0x20 folds letters to lower case and keeps digits. */
	key = (x | 0x2020202020202020ULL) & (~(uint64_t)0 >> (64 - 8 * k));
	key ^= (uint64_t)len << 56;
	w = &sc->words[(key * sc->mul) >> (64 - DATE_WORD_BITS)];
	/* A mask, not a branch: the words that hit are few and scattered. */
	cls = w->cls & (0u - (unsigned)(w->key == key));
	/* Numbers are judged by date_scan_word, but for the commonest no. */
	if ((unsigned)s[b] - '0' < 10)
		cls |= date_number_may(sc, b, e);
	return cls;
}

/* Is a run of class cls a head that needs a word of some list after it? */
static inline int
date_scan_needs(unsigned cls)
{
	return cls >> (1 + DATE_NSETS) != 0;
}

/*
 * Is the run [b, e) of class cls, with the run [nb, ne) after it, a head
 * before one space and a word its rule does not read ("two people"),
 * so no date? A head before anything else is left to date_scan_word.
 */
static inline int
date_scan_idle(const struct date_scan *sc, unsigned cls, size_t e,
    size_t nb, size_t ne)
{
	unsigned need = cls >> (1 + DATE_NSETS);

	if (need == 0 || nb != e + 1 || sc->s[e] != ' ')
		return 0;
	return (date_scan_class(sc, nb, ne) >> 1 & need) == 0;
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

/*
 * article.c: from raw article text to an article record (article.h).
 *
 * art_clean works in passes over one article: repair the bytes, cut the
 * lines into paragraphs (unwrapping hard-wrapped copy), classify each
 * paragraph (boiler.c), then the rules that need neighbours: the header
 * (kickers, source line, headline), captions printed twice, repeated
 * paragraphs and teasers, and a trailing run of headlines.
 */
#include <ctype.h>
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "article.h"
#include "boiler.h"
#include "bytes8.h"
#include "dateline.h"
#include "hash.h"
#include "utf8.h"
#include "util.h"

#define WRAPMAX 100	/* hard-wrapped lines are no wider than this */
#define TOPZONE 10	/* paragraphs searched for the header */
#define TEASERS 3	/* paragraphs after the headline that may be teasers */
#define MAXCAPTIONS 64
#define MAXPAIRS 400	/* paragraphs compared pairwise for repeats */
#define SIGBITS 9	/* log2 of the bits of a word signature */
#define SIGWORDS ((1 << SIGBITS) / 64)

/* Bytes of a buffer: a normal form in a->norm, or a line of a->raw. */
struct span {
	size_t off, len;
};

struct para {
	size_t off, len;	/* text in pbuf */
	size_t noff, nlen;	/* normal form in norm: " word word " */
	size_t nw;		/* words in the normal form */
	size_t words;		/* blank-separated words (boiler_words) */
	enum pkind kind;
	int drop;
};

void
art_init(struct article *a)
{
	memset(a, 0, sizeof(*a));
}

void
art_reset(struct article *a)
{
	buf_reset(&a->raw);
	buf_reset(&a->title);
	buf_reset(&a->date);
	buf_reset(&a->source);
	buf_reset(&a->url);
	buf_reset(&a->text);
	a->npara = 0;
	a->lineno = 0;
}

void
art_free(struct article *a)
{
	buf_free(&a->raw);
	buf_free(&a->title);
	buf_free(&a->date);
	buf_free(&a->source);
	buf_free(&a->url);
	buf_free(&a->text);
	buf_free(&a->pbuf);
	buf_free(&a->scratch);
	free(a->para);
	free(a->line);
	free(a->sig);
	buf_free(&a->norm);
}

/* 1 if the eight bytes of x are all printable ASCII, 0x20 to 0x7E. */
static int
printable8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;

	/* Adding 0x60 sets bit 7 from 0x20 up; adding 1 sets it at 0x7F. */
	return ((x | ~((x & ~high) + ones * 0x60) |
	    ((x & ~high) + ones)) & high) == 0;
}

#ifdef __SSE2__
/*
 * The first byte at or after s[i] (n bytes) that is not printable ASCII or
 * a newline, sixteen bytes at a time. The compares are signed, so bytes
 * outside ASCII count as below the blank.
 */
static size_t
plain_end(const unsigned char *s, size_t i, size_t n)
{
	const __m128i blank = _mm_set1_epi8(' '), nl = _mm_set1_epi8('\n');
	const __m128i del = _mm_set1_epi8(0x7F);
	__m128i v;
	unsigned m;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(
		    _mm_cmpeq_epi8(v, nl), _mm_cmplt_epi8(v, blank)),
		    _mm_cmpeq_epi8(v, del)));
		if (m != 0)
			return i + (unsigned)__builtin_ctz(m);
	}
	return i;
}
#endif

/*
 * Repair the raw bytes to UTF-8 and make the lines plain: CRLF and lone CR
 * end lines, a BOM or zero-width space goes, tabs, no-break spaces and
 * control characters become spaces. The work is done in a->raw itself:
 * the plain lines are never longer than the repaired bytes, so they are
 * written behind the reading position, and a large article is not held
 * three times over. Only input that needs repair is copied first.
 */
static void
repair(struct article *a)
{
	unsigned char *s, *w;
	struct buf t;
	size_t i, n;
	uint64_t x;

	if (a->raw.len == 0)
		return;
	if (!utf8_intact(a->raw.s, a->raw.len)) {
		buf_reset(&a->scratch);
		utf8_repair(&a->scratch, a->raw.s, a->raw.len);
		t = a->raw;
		a->raw = a->scratch;
		a->scratch = t;
	}
	s = (unsigned char *)a->raw.s;
	n = a->raw.len;
	w = s;
	for (i = 0; i < n; i++) {
#ifdef __SSE2__
		/* Until a byte is left out, what stays need not be copied. */
		if (w == s + i) {
			i = plain_end(s, i, n);
			w = s + i;
		}
#endif
		/* Printable ASCII, nearly every byte, stays: eight at a time. */
		while (i + 8 <= n) {
			memcpy(&x, s + i, 8);
			if (!printable8(x))
				break;
			memcpy(w, &x, 8);
			w += 8;
			i += 8;
		}
		if (i >= n)
			break;
		if ((s[i] >= 0x20 && s[i] < 0x7F) || s[i] == '\n') {
			*w++ = s[i];
		} else if (s[i] == '\r') {
			if (i + 1 < n && s[i + 1] == '\n')
				continue;
			*w++ = '\n';
		} else if (s[i] < 0x20 || s[i] == 0x7F) {
			*w++ = ' ';
		} else if (i + 2 < n && s[i] == 0xEF && s[i + 1] == 0xBB &&
		    s[i + 2] == 0xBF) {
			i += 2;			/* U+FEFF */
		} else if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 &&
		    s[i + 2] == 0x8B) {
			i += 2;			/* U+200B */
		} else if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xAD) {
			i += 1;			/* soft hyphen */
		} else if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xA0) {
			*w++ = ' ';
			i += 1;
		} else {
			*w++ = s[i];
		}
	}
	a->raw.len = (size_t)(w - s);
	a->raw.s[a->raw.len] = '\0';
}

/* One line of the cleaned text. */
struct line {
	const char *s;		/* after the indent */
	size_t len;		/* without the indent and trailing blanks */
	size_t indent, width;	/* width in characters, indent included */
	size_t first;		/* width of the first word */
};

/*
 * Characters in n bytes of valid UTF-8, bytes that are not 10xxxxxx, or
 * some number above max once more than max are counted: a line is only
 * counted as far as needed to know it is too wide to be hard-wrapped.
 */
static size_t
chars_upto(const char *s, size_t n, size_t max)
{
	size_t i = 0, c = 0;
	uint64_t w;
#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time: as signed bytes, the continuation bytes
	 * 0x80 to 0xBF are those below -64, and few chunks have any.
	 */
	const __m128i cont = _mm_set1_epi8(-64);
	unsigned m;

	for (; i + 16 <= n && c <= max; i += 16) {
		m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_loadu_si128(
		    (const __m128i *)(const void *)(s + i)), cont));
		for (c += 16; m != 0; m &= m - 1)
			c--;
	}
#endif
	for (; i + 8 <= n && c <= max; i += 8) {
		w = b8_load(s + i);
		c += 8 - b8_count(w & ~(w << 1) & B8_HIGH);
	}
	if (c > max)
		return c;
	for (; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static size_t
chars(const char *s, size_t n)
{
	return chars_upto(s, n, SIZE_MAX);
}

/*
 * Read the line at *pos of the cleaned text; 0 at the end. Widths are
 * only counted when asked for (full): web text, a paragraph a line,
 * needs them for one pass, not three.
 */
static int
next_line(const struct buf *b, size_t *pos, struct line *l, int full)
{
	const char *p, *nl;
	size_t n;

	if (*pos >= b->len)
		return 0;
	p = b->s + *pos;
	nl = memchr(p, '\n', b->len - *pos);
	n = nl != NULL ? (size_t)(nl - p) : b->len - *pos;
	*pos += n + 1;
	for (l->indent = 0; l->indent < n && p[l->indent] == ' '; l->indent++)
		;
	l->s = p + l->indent;
	l->len = n - l->indent;
	while (l->len > 0 && l->s[l->len - 1] == ' ')
		l->len--;
	if (full) {
		l->width = l->indent + chars(l->s, l->len);
		nl = memchr(l->s, ' ', l->len);
		l->first = chars(l->s, nl != NULL ? (size_t)(nl - l->s) :
		    l->len);
	}
	return 1;
}

static void
para_start(struct article *a)
{
	if (a->npara == a->paracap) {
		a->paracap = a->paracap ? a->paracap * 2 : 64;
		a->para = erealloc(a->para, a->paracap * sizeof(*a->para));
	}
	memset(&a->para[a->npara], 0, sizeof(*a->para));
	a->para[a->npara].off = a->pbuf.len;
	a->para[a->npara].words = 1;	/* and one more each blank added */
}

/*
 * The blanks in s (n bytes), and in *pair whether two are in a row, which
 * para_add and para_line fold. The count gives the words of a paragraph, as runs of
 * blanks are folded and lines trimmed: one more than its blanks.
 */
static size_t
blanks(const char *s, size_t n, int *pair)
{
	uint64_t b, before = 0, pairs = 0;
	size_t i = 0, c = 0;
#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time: the compare gives 0xFF a blank, and the
	 * sums of absolute differences add their low bits up.
	 */
	const __m128i blank = _mm_set1_epi8(' '), one = _mm_set1_epi8(1);
	__m128i eq, sum = _mm_setzero_si128();
	unsigned m, mb = 0;

	for (; i + 16 <= n; i += 16) {
		eq = _mm_cmpeq_epi8(_mm_loadu_si128(
		    (const __m128i *)(const void *)(s + i)), blank);
		m = (unsigned)_mm_movemask_epi8(eq);
		mb |= m & (m << 1 | (unsigned)(before >> 7));
		before = (uint64_t)(m >> 15) << 7;
		sum = _mm_add_epi64(sum, _mm_sad_epu8(_mm_and_si128(eq, one),
		    _mm_setzero_si128()));
	}
	c = (size_t)_mm_cvtsi128_si64(sum) +
	    (size_t)_mm_cvtsi128_si64(_mm_srli_si128(sum, 8));
	pairs = mb != 0 ? 0x80 : 0;
#endif
	for (; i + 8 <= n; i += 8) {
		b = b8_eq(b8_load(s + i), ' ');
		pairs |= b & (b << 8 | before);
		before = b >> 56;
		c += b8_count(b);
	}
	for (; i < n; i++) {
		if (s[i] == ' ') {
			pairs |= before;
			before = 0x80;
			c++;
		} else
			before = 0;
	}
	*pair = pairs != 0;
	return c;
}

/*
 * Append a line to the open paragraph, runs of blanks folded to one. The
 * paragraphs are written over the lines they come from (paragraphs()): a
 * paragraph is never longer than its lines, the blank joining two lines
 * takes the place of the newline and the NUL ending it that of the last
 * newline, so writing stays behind reading. No byte is written past
 * the one being made, as the next line may start right after it.
 */
static void
para_add(struct article *a, const char *s, size_t n)
{
	struct para *p = &a->para[a->npara];
	size_t i, nb;
	char *o = a->pbuf.s + a->pbuf.len;
	int pair;

	if (a->pbuf.len > p->off && o[-1] != ' ' && !(o[-1] == '-' &&
	    n > 0 && islower((unsigned char)s[0]) &&
	    a->pbuf.len - p->off >= 2 && isalpha((unsigned char)o[-2]))) {
		*o++ = ' ';
		p->words++;
	}
	nb = blanks(s, n, &pair);
	if (!pair) {
		memmove(o, s, n);
		o += n;
		p->words += nb;
	} else {
		/* s starts with a non-blank, so o[-1] is inside the buffer. */
		for (i = 0; i < n; i++)
			if (s[i] != ' ' || o[-1] != ' ') {
				p->words += s[i] == ' ';
				*o++ = s[i];
			}
	}
	a->pbuf.len = (size_t)(o - a->pbuf.s);
}

/*
 * A line as a paragraph of its own, left where it is in pbuf, as web text
 * has nearly all of them: a NUL takes the place of the byte after it (a
 * blank or the newline), and the rare line with blanks in a row is folded
 * where it stands. s starts with a non-blank.
 */
static void
para_line(struct article *a, char *s, size_t n)
{
	struct para *p;
	size_t i, nb;
	char *o;
	int pair;

	para_start(a);
	p = &a->para[a->npara];
	p->off = (size_t)(s - a->pbuf.s);
	nb = blanks(s, n, &pair);
	if (pair) {
		for (nb = 0, o = s, i = 0; i < n; i++)
			if (s[i] != ' ' || o[-1] != ' ') {
				nb += s[i] == ' ';
				*o++ = s[i];
			}
		n = (size_t)(o - s);
	}
	p->words += nb;
	p->len = n;
	s[n] = '\0';
	a->npara++;
}

static void
para_end(struct article *a)
{
	struct para *p = &a->para[a->npara];

	p->len = a->pbuf.len - p->off;
	if (p->len == 0)
		return;
	a->pbuf.s[a->pbuf.len++] = '\0';
	a->npara++;
}

/*
 * Cut the lines into paragraphs. Web text has a paragraph a line; wire
 * copy is hard-wrapped at about 65 to 80 characters, and a line belongs to
 * the paragraph above unless a blank line or an indent comes first or the
 * line above was short: if the first word of the next line would have fit
 * on it, the writer ended the paragraph there.
 */
static void
paragraphs(struct article *a)
{
	struct line l, nx;
	struct buf src;
	size_t pos, w, width = 0, nlines = 0, nlong = 0, ncont = 0;
	size_t base = SIZE_MAX, i;
	int wrapped, have, open = 0;

	a->npara = 0;
	a->nline = 0;
	for (pos = 0; next_line(&a->raw, &pos, &l, 0);) {
		if (l.len == 0)
			continue;
		/* Kept for the paragraphs of web text, not to be cut twice. */
		if (a->nline == a->linecap) {
			a->linecap = a->linecap ? a->linecap * 2 : 64;
			a->line = erealloc(a->line,
			    a->linecap * sizeof(*a->line));
		}
		a->line[a->nline].off = (size_t)(l.s - a->raw.s);
		a->line[a->nline++].len = l.len;
		nlines++;
		/* Lines too wide to be wrapped are not counted to the end. */
		w = l.indent;
		if (w <= WRAPMAX)
			w += chars_upto(l.s, l.len, WRAPMAX - w);
		if (w > WRAPMAX)
			nlong++;
		else if (w > width)
			width = w;
		if (l.indent < base)
			base = l.indent;
	}
	/*
	 * The paragraphs are written over the lines (see para_add): the
	 * cleaned text becomes pbuf, and raw gets pbuf's old space.
	 */
	src = a->raw;
	a->raw = a->pbuf;
	buf_reset(&a->raw);
	a->pbuf = src;
	a->pbuf.len = 0;
	wrapped = nlines >= 3 && nlong * 10 <= nlines && width >= 40;
	if (!wrapped) {
		/* A paragraph a line: no need to count wrapped lines. */
		for (i = 0; i < a->nline; i++)
			para_line(a, src.s + a->line[i].off, a->line[i].len);
		return;
	}
	/*
	 * Count lines that a wrapper, not the writer, ended: full, and ending
	 * inside a sentence. Web text with short lines has none of them.
	 */
	pos = 0;
	have = next_line(&src, &pos, &l, 1);
	while (have) {
		if ((have = next_line(&src, &pos, &nx, 1)) && l.len > 0 &&
		    nx.len > 0 && nx.indent == base &&
		    l.width + 1 + nx.first > width &&
		    boiler_unfinished(l.s, l.len))
			ncont++;
		l = nx;
	}
	wrapped = ncont >= 2 && ncont * 4 >= nlines;

	pos = 0;
	have = next_line(&src, &pos, &l, 1);
	while (have) {
		have = next_line(&src, &pos, &nx, 1);
		if (l.len > 0) {
			if (!open) {
				para_start(a);
				open = 1;
			}
			para_add(a, l.s, l.len);
			if (!(wrapped && have && nx.len > 0 &&
			    nx.indent == base && l.width + 1 + nx.first > width)) {
				para_end(a);
				open = 0;
			}
		}
		l = nx;
	}
	if (open)
		para_end(a);
}

static const char *
ptext(const struct article *a, const struct para *p)
{
	return a->pbuf.s + p->off;
}

/*
 * The words of a normal form as a set, one bit a word: a paragraph can
 * only be inside another if its set is a subset of the other's, which is
 * far cheaper to test than memmem and rules out nearly every pair. The
 * sets only rule pairs out before memmem looks, so any word hash does,
 * as long as every set is made with the same one (word_sig).
 */
struct wsig {
	uint64_t w[SIGWORDS];
};

/*
 * Room a normal form needs past its bytes: eight-byte stores run up to
 * seven bytes past the last byte written, and word_sig reads the blanks
 * sixteen bytes at a time, up to fifteen past the end.
 */
#define NORMPAD 16

/*
 * The hash of the word of len bytes (1 or more) at s: a word of up to
 * eight bytes is its own bytes, a longer one its first eight bytes and
 * its last eight mixed. The middle of a long word is left out, which only
 * lets a few more pairs through to memmem. Both loads are made whatever
 * the length, so that the choice is a conditional move, not a branch that
 * the word lengths of prose would mispredict.
 */
static inline uint64_t
word_key(const char *s, size_t len)
{
	/* The bytes of a word of len % 8 bytes, all eight for eight. */
	static const uint64_t own[8] = {
		~(uint64_t)0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFFULL,
		0xFFFFFFFFFFULL, 0xFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFULL
	};
	uint64_t x, y;

	x = b8_load(s);
	y = b8_load(s + (len > 8 ? len - 8 : 0));
	return len > 8 ? x ^ y * 0xC2B2AE3D27D4EB4FULL : x & own[len & 7];
}

static inline void
sig_add(struct wsig *g, uint64_t h)
{
	h = (h * 0x9E3779B97F4A7C15ULL) >> (64 - SIGBITS);
	g->w[h >> 6] |= 1ULL << (h & 63);
}

/* The flags of the blanks among the sixteen bytes at c, bit k for c[k]. */
static inline uint64_t
blanks16(const char *c)
{
#ifdef __SSE2__
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_loadu_si128((const __m128i *)(const void *)c),
	    _mm_set1_epi8(' ')));
#else
	uint64_t x, y;

	x = b8_eq(b8_load(c), ' ') >> 7;
	y = b8_eq(b8_load(c + 8), ' ') >> 7;
	return (x * 0x0102040810204080ULL) >> 56 |
	    (y * 0x0102040810204080ULL) >> 56 << 8;
#endif
}

/*
 * Add to g the words that the blanks m (flags of blanks16 at c) end, the
 * first of them starting at w; returns where the next word starts.
 */
static inline const char *
sig_words(struct wsig *g, const char *c, uint64_t m, const char *w,
    size_t *nw)
{
	const char *e;

	for (; m != 0; m &= m - 1, (*nw)++) {
		e = c + (unsigned)__builtin_ctzll(m);
		sig_add(g, word_key(w, (size_t)(e - w)));
		w = e + 1;
	}
	return w;
}

/*
 * The set of the words of part of a normal form, from a blank to the
 * blank at end - 1, in g; returns the number of words. The blanks are
 * found sixteen bytes at a time, and each ends the word that starts after
 * the blank before, so where the next word starts does not wait for this
 * one's bytes to be looked at. The last load may run up to fifteen bytes
 * past end, into the next normal form or the padding (NORMPAD).
 */
static size_t
word_sig(const char *s, const char *end, struct wsig *g)
{
	const char *c, *w;
	size_t nw = 0;

	memset(g, 0, sizeof(*g));
	for (c = w = s + 1; end - c >= 16; c += 16)
		w = sig_words(g, c, blanks16(c), w, &nw);
	/* The last bytes: the load runs on into the padding (NORMPAD). */
	if (c < end)
		sig_words(g, c, blanks16(c) & (((uint64_t)1 << (end - c)) - 1),
		    w, &nw);
	return nw;
}

/* The set of the first max words from the blank at s, as word_sig. */
static void
word_sig_first(const char *s, const char *end, size_t max, struct wsig *g)
{
	const char *w, *e;

	memset(g, 0, sizeof(*g));
	for (w = s + 1; w < end && max > 0; max--, w = e + 1) {
		e = memchr(w, ' ', (size_t)(end - w));
		sig_add(g, word_key(w, (size_t)(e - w)));
	}
}

/* The words of a normal form: one fewer than its blanks. */
static size_t
norm_words(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i + 8 <= n; i += 8)
		c += b8_count(b8_eq(b8_load(s + i), ' '));
	for (; i < n; i++)
		c += s[i] == ' ';
	return c - 1;
}

#ifdef __SSE2__
/*
 * Store the eight bytes of y at o less those in drop (bit k for byte k);
 * returns the end of what is stored. Eight bytes are written whatever.
 */
static unsigned char *
put8(unsigned char *o, uint64_t y, unsigned drop)
{
	uint64_t lo;
	unsigned len = 8;

	for (; drop != 0; drop = (drop & (drop - 1)) >> 1, len--) {
		lo = ((uint64_t)1 << (8 * __builtin_ctz(drop))) - 1;
		y = (y & lo) | (y >> 8 & ~lo);
	}
	b8_store(o, y);
	return o + len;
}

/*
 * normalise's loop sixteen ASCII bytes at a time, with SSE2 (in every
 * x86-64): the normal form of the bytes at u written to o, *blank telling
 * whether a blank came last. Returns the end of what is written, or NULL
 * if a byte is outside ASCII. The compares are signed: such a byte is
 * negative, and the mask of sign bits finds it.
 */
static unsigned char *
norm16(const unsigned char *u, unsigned char *o, int *blank)
{
	const __m128i a0 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1);
	const __m128i d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1);
	const __m128i sp = _mm_set1_epi8(' ');
	__m128i v, l, let, an, y;
	unsigned sep, drop;

	v = _mm_loadu_si128((const __m128i *)(const void *)u);
	if (_mm_movemask_epi8(v) != 0)
		return NULL;
	l = _mm_or_si128(v, sp);
	let = _mm_and_si128(_mm_cmpgt_epi8(l, a0), _mm_cmplt_epi8(l, z1));
	an = _mm_or_si128(let, _mm_and_si128(_mm_cmpgt_epi8(v, d0),
	    _mm_cmplt_epi8(v, d9)));
	/* Letters and digits lower-cased, anything else a blank. */
	y = _mm_or_si128(_mm_and_si128(_mm_or_si128(v, _mm_and_si128(let, sp)),
	    an), _mm_andnot_si128(an, sp));
	sep = ~(unsigned)_mm_movemask_epi8(an) & 0xFFFF;
	drop = sep & (sep << 1 | (unsigned)*blank);
	*blank = (int)(sep >> 15);
	if (drop == 0) {
		_mm_storeu_si128((__m128i *)(void *)o, y);
		return o + 16;
	}
	o = put8(o, (uint64_t)_mm_cvtsi128_si64(y), drop & 0xFF);
	return put8(o, (uint64_t)_mm_cvtsi128_si64(_mm_srli_si128(y, 8)),
	    drop >> 8);
}
#endif

/*
 * The normal form of s for finding repeats: lower-case words of letters
 * and digits, each with a space before and after, so that a containment
 * test with memmem keeps to whole words. Punctuation and quote marks go.
 */
static void
normalise(struct buf *out, const char *s, size_t n)
{
	static unsigned char fold[128];	/* a letter or digit, lower-cased */
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *o;
#ifdef __SSE2__
	unsigned char *p;
#endif
	uint64_t x, let, alnum, sep, drop, keep, y;
	size_t i, len, lo;
	unsigned c;
	int blank = 1;

	if (fold['a'] == 0)
		for (c = 0; c < 128; c++)
			fold[c] = isalnum(c) ? (unsigned char)tolower(c) : 0;
	/* Each byte gives at most one, and a blank starts and ends it. */
	buf_reserve(out, n + 2 + NORMPAD);
	o = (unsigned char *)out->s + out->len;
	*o++ = ' ';
	for (i = 0; i < n;) {
#ifdef __SSE2__
		if (i + 16 <= n && (p = norm16(u + i, o, &blank)) != NULL) {
			o = p;
			i += 16;
			continue;
		}
#endif
		/*
		 * Eight ASCII bytes at once, nearly all of the text: letters
		 * lower-cased, anything else a blank, and a blank after a
		 * blank taken out of the word before it is stored.
		 */
		if (i + 8 <= n && ((x = b8_load(u + i)) & B8_HIGH) == 0) {
			let = b8_range(x | B8_ONES * 0x20, 'a', 'z');
			alnum = let | b8_range(x, '0', '9');
			sep = ~alnum & B8_HIGH;
			keep = (alnum >> 7) * 0xFF;
			y = ((x | let >> 2) & keep) | (B8_ONES * ' ' & ~keep);
			drop = sep & (sep << 8 | (uint64_t)blank << 7);
			len = 8 - b8_count(drop);
			while (drop != 0) {
				lo = ((uint64_t)1 << (8 * b8_first(drop))) - 1;
				y = (y & lo) | (y >> 8 & ~lo);
				drop = (drop & (drop - 1)) >> 8;
			}
			b8_store(o, y);
			o += len;
			blank = (int)(sep >> 63);
			i += 8;
			continue;
		}
		c = u[i];
		if (c < 0x80) {
			if (fold[c] != 0) {
				*o++ = fold[c];
				blank = 0;
			} else if (!blank) {
				*o++ = ' ';
				blank = 1;
			}
		} else if (c >= 0xC0 && c != 0xC2 && !(c == 0xE2 &&
		    i + 1 < n && u[i + 1] == 0x80)) {
			/* A letter outside ASCII: keep its bytes. */
			do
				*o++ = u[i];
			while (i + 1 < n && (u[i + 1] & 0xC0) == 0x80 && ++i);
			blank = 0;
		} else if (!blank && c >= 0xC0) {
			/* Latin-1 signs and punctuation (U+2000..) part words. */
			*o++ = ' ';
			blank = 1;
		}
		i++;
	}
	if (!blank)
		*o++ = ' ';
	memset(o, 0, NORMPAD);	/* the NUL, and defined bytes for word_sig */
	out->len = (size_t)((char *)o - out->s);
}

/* The normal form of s, added to a->norm for good. */
static struct span
norm_add(struct article *a, const char *s, size_t n)
{
	struct span k;

	k.off = a->norm.len;
	normalise(&a->norm, s, n);
	k.len = a->norm.len - k.off;
	return k;
}

/*
 * 1 if paragraph p has the normal form k. Normal forms are compared, not
 * hashes of them: nearly every pair differs in length, so hashing every
 * paragraph would cost more than the few compares it saves.
 */
static int
same_norm(const struct article *a, const struct para *p, struct span k)
{
	return p->nlen == k.len &&
	    memcmp(a->norm.s + p->noff, a->norm.s + k.off, k.len) == 0;
}

static struct span
para_norm(const struct para *p)
{
	struct span k;

	k.off = p->noff;
	k.len = p->nlen;
	return k;
}

/* Classify each paragraph alone, and find captions by their neighbours. */
static void
classify(struct article *a)
{
	struct span caps[MAXCAPTIONS];
	size_t i, j, ncap = 0, cl;
	struct para *p, *q;
	const char *s, *u;

	buf_reset(&a->norm);
	if (a->sig == NULL)
		a->sig = emalloc(MAXPAIRS * sizeof(*a->sig));
	for (i = 0; i < a->npara; i++) {
		p = &a->para[i];
		s = ptext(a, p);
		p->kind = boiler_kind_w(s, p->len, p->words);
		p->drop = p->kind != PK_PROSE;
		/*
		 * The normal form and word set are only read while a paragraph
		 * is kept, and a dropped one is never taken back.
		 */
		p->noff = a->norm.len;
		p->nlen = p->nw = 0;
		if (!p->drop) {
			normalise(&a->norm, s, p->len);
			p->nlen = a->norm.len - p->noff;
			p->nw = i < MAXPAIRS ? word_sig(a->norm.s + p->noff,
			    a->norm.s + a->norm.len, &a->sig[i]) :
			    norm_words(a->norm.s + p->noff, p->nlen);
		}
		switch (p->kind) {
		case PK_URL:
			u = strstr(s, "http");
			if (a->url.len == 0 && u != NULL)
				buf_add(&a->url, u, strcspn(u, " "));
			break;
		case PK_CAPTION:
			cl = boiler_caption_len(s, p->len);
			if (ncap < MAXCAPTIONS)
				caps[ncap++] = norm_add(a, s, cl);
			break;
		case PK_CREDIT:
			/*
			 * The paragraph above a credit line is its caption,
			 * if it does not end as a sentence: prose always does.
			 * A credit line long enough to be a caption itself
			 * ("Photo: ... (Credit: ...)") claims nothing above.
			 */
			if (p->words > 8)
				break;
			for (j = i; j > 0 && a->para[j - 1].kind != PK_PROSE;
			    j--)
				;
			q = &a->para[j > 0 ? j - 1 : 0];
			if (j > 0 && !q->drop &&
			    boiler_unfinished(ptext(a, q), q->len) &&
			    q->words <= 60) {
				q->drop = 1;
				q->kind = PK_CAPTION;
				if (ncap < MAXCAPTIONS)
					caps[ncap++] = para_norm(q);
			}
			break;
		default:
			break;
		}
	}
	/* A caption printed a second time, without its credit. */
	for (i = 0; i < a->npara; i++)
		for (j = 0; j < ncap && !a->para[i].drop; j++)
			if (same_norm(a, &a->para[i], caps[j]))
				a->para[i].drop = 1;
}

/*
 * The header: above the text come kickers and navigation (dropped
 * already), the source line and the headline, in either order. A first
 * paragraph that is a sentence (a full stop, or 12 words or more ending as
 * a sentence) is a standfirst: it gives the title but stays in the text
 * too, as it is prose.
 */
static size_t
header(struct article *a, ssize_t *tpara)
{
	size_t i, seen = 0, w;
	struct para *p;
	const char *s;
	int have_title = a->title.len > 0;

	*tpara = -1;
	for (i = 0; i < a->npara && seen < TOPZONE; i++) {
		p = &a->para[i];
		s = ptext(a, p);
		if (p->kind == PK_CAPTION || p->kind == PK_CREDIT)
			continue;
		if (dl_source_line(s, p->len, &a->date, &a->source)) {
			p->drop = 1;
			continue;
		}
		if (p->drop)
			continue;
		seen++;
		if (have_title)
			break;
		w = p->words;
		if (w < 2 || w > 30)
			break;
		buf_add(&a->title, s, p->len);
		*tpara = (ssize_t)i;
		have_title = 1;
		/* A headline is not text; a sentence with a full stop is. */
		if (boiler_unfinished(s, p->len) ||
		    (w < 12 && s[p->len - 1] != '.'))
			p->drop = 1;
	}
	/* The text starts at the first paragraph not taken by the header. */
	for (i = *tpara >= 0 ? (size_t)*tpara + 1 : 0; i < a->npara; i++)
		if (!a->para[i].drop)
			break;
	return i;
}

static inline int
sig_sub(const struct wsig *x, const struct wsig *y)
{
	size_t k;

	for (k = 0; k < SIGWORDS; k++)
		if ((x->w[k] & ~y->w[k]) != 0)
			return 0;
	return 1;
}

/*
 * The needle of paragraph p for a containment test: its normal form
 * without up to `skip` leading words ("They agreed" / "the two agreed").
 * Returns 0 if nothing is left to look for.
 */
static int
needle(const struct article *a, const struct para *p, size_t skip,
    const char **np, size_t *nn)
{
	const char *s = a->norm.s + p->noff, *end = s + p->nlen;
	size_t k;

	for (k = 0; k < skip && s < end; k++) {
		s = memchr(s + 1, ' ', (size_t)(end - s - 1));
		if (s == NULL)
			return 0;
	}
	if (end - s < 2)
		return 0;
	*np = s;
	*nn = (size_t)(end - s);
	return 1;
}

/*
 * 1 if the needle s (n bytes, with signature g, NULL if unknown) of
 * paragraph p is in paragraph q (signature qg, NULL if unknown), as whole
 * words, and q is longer than p.
 */
static inline int
inside(const struct article *a, const struct para *p, const char *s,
    size_t n, const struct wsig *g, const struct para *q,
    const struct wsig *qg)
{
	if (q->nlen <= p->nlen)
		return 0;
	if (g != NULL && qg != NULL && !sig_sub(g, qg))
		return 0;
	return memmem(a->norm.s + q->noff, q->nlen, s, n) != NULL;
}

/*
 * Repeats: a teaser or standfirst above the text that a longer paragraph
 * says again (perhaps with its first words changed), the headline printed
 * again, a paragraph printed twice (the first copy stays, so the text keeps
 * its order when a page repeats its body), a pull quote that is part of a
 * longer paragraph.
 */
static void
repeats(struct article *a, size_t body, ssize_t tpara)
{
	struct span tkey = { 0, 0 };
	size_t i, j, n, seen = 0, np = a->npara, nsig;
	struct para *p, *q;
	struct wsig g, g4;
	const struct wsig *qg;
	const char *s;
	int full;

	if (a->title.len > 0)
		tkey = norm_add(a, a->title.s, a->title.len);
	nsig = np < MAXPAIRS ? np : MAXPAIRS;
	for (i = body; i < np && seen < TEASERS; i++) {
		p = &a->para[i];
		if (p->drop)
			continue;
		seen++;
		if (p->nw < 6 + 3 || !needle(a, p, 3, &s, &n))
			continue;
		/*
		 * The set of four words rules out most paragraphs; the set of
		 * all, made only when one passes, most of the rest.
		 */
		word_sig_first(s, s + n, 4, &g4);
		full = 0;
		for (j = i + 1; j < np && !p->drop; j++) {
			q = &a->para[j];
			qg = j < nsig ? &a->sig[j] : NULL;
			if (q->drop || q->nlen <= p->nlen ||
			    (qg != NULL && !sig_sub(&g4, qg)))
				continue;
			if (qg != NULL && !full) {
				word_sig(s, s + n, &g);
				full = 1;
			}
			if (inside(a, p, s, n, &g, q, qg))
				p->drop = 1;
		}
	}
	for (i = 0; i < np; i++) {
		p = &a->para[i];
		if (p->drop)
			continue;
		if (a->title.len > 0 && same_norm(a, p, tkey) &&
		    (ssize_t)i != tpara) {
			p->drop = 1;
			continue;
		}
		for (j = 0; j < i && j < MAXPAIRS && !p->drop; j++)
			if (!a->para[j].drop &&
			    same_norm(a, &a->para[j], para_norm(p)))
				p->drop = 1;
	}
	if (np > MAXPAIRS)
		return;
	for (i = 0; i < np; i++) {
		p = &a->para[i];
		if (p->drop || p->nw < 8 || !needle(a, p, 0, &s, &n))
			continue;
		for (j = 0; j < np && !p->drop; j++) {
			q = &a->para[j];
			if (j != i && !q->drop && inside(a, p, s, n, &a->sig[i],
			    q, &a->sig[j]))
				p->drop = 1;
		}
	}
}

/*
 * A short line ending in a colon ("Read more:", "Related stories:", "More
 * on this:") followed, to the end, only by lines that do not finish as
 * sentences is a list of links, whatever their case.
 */
static void
lead_in_list(struct article *a, ssize_t tpara)
{
	size_t i, j;
	struct para *p;
	const char *s;

	for (i = a->npara; i > 0; i--) {
		p = &a->para[i - 1];
		s = ptext(a, p);
		if (p->len > 0 && s[p->len - 1] == ':' &&
		    p->words <= 5)
			break;
		if ((ssize_t)(i - 1) == tpara || (!p->drop &&
		    (!boiler_unfinished(s, p->len) ||
		    p->words > 20)))
			return;
	}
	if (i == 0)
		return;
	for (j = i - 1; j < a->npara; j++)
		a->para[j].drop = 1;
}

/* A run of headlines at the end is a link list, not the article's. */
static void
trailer(struct article *a, ssize_t tpara)
{
	size_t i;
	struct para *p;

	for (i = a->npara; i > 0; i--) {
		p = &a->para[i - 1];
		if (p->drop)
			continue;
		if ((ssize_t)(i - 1) == tpara ||
		    !boiler_linkspam(ptext(a, p), p->len))
			break;
		p->drop = 1;
	}
	lead_in_list(a, tpara);
}

int
art_clean(struct article *a, const char *path)
{
	ssize_t tpara;
	size_t i, n, body;
	struct para *p;
	struct buf t;

	repair(a);
	paragraphs(a);
	classify(a);
	body = header(a, &tpara);
	repeats(a, body, tpara);
	trailer(a, tpara);
	/*
	 * The text is made over the paragraphs, in pbuf, as it is never
	 * longer than they are (a newline for a NUL), and pbuf becomes text.
	 */
	for (i = 0, n = 0; i < a->npara; i++) {
		p = &a->para[i];
		if (p->drop)
			continue;
		if (n == 0)
			dl_wire(ptext(a, p), p->len, &a->date, &a->source);
		else
			a->pbuf.s[n++] = '\n';
		memmove(a->pbuf.s + n, ptext(a, p), p->len);
		n += p->len;
	}
	t = a->text;
	a->text = a->pbuf;
	a->pbuf = t;
	a->text.len = n;
	if (a->text.s != NULL)
		a->text.s[n] = '\0';
	if (a->url.len == 0 && path != NULL)
		buf_adds(&a->url, path);
	return a->text.len > 0;
}

void
art_write(FILE *fp, const struct article *a)
{
	char id[17];

	fputs(hex64(text_id(a->text.s, a->text.len), id), fp);
	rec_tab(fp);
	rec_put(fp, a->date.s, a->date.len);
	rec_tab(fp);
	rec_put(fp, a->source.s, a->source.len);
	rec_tab(fp);
	rec_put(fp, a->url.s, a->url.len);
	rec_tab(fp);
	rec_put(fp, a->title.s, a->title.len);
	rec_tab(fp);
	rec_put(fp, a->text.s, a->text.len);
	rec_end(fp);
}

void
in_init(struct input *in, FILE *fp, const char *path)
{
	memset(in, 0, sizeof(*in));
	in->fp = fp;
	in->name = strcmp(path, "-") == 0 ? "stdin" : path;
	in->path = strcmp(path, "-") == 0 ? "" : path;
}

void
in_free(struct input *in)
{
	free(in->blk);
	in->blk = NULL;
}

#define INBLOCK 65536	/* bytes read at a time */

/*
 * Copy the lines taken into a, which are copied a run at a time rather
 * than one by one: before a is used or ended, and before blk moves.
 */
static void
in_flush(struct input *in, struct article *a)
{
	if (in->runend > in->run)
		buf_add(&a->raw, in->blk + in->run, in->runend - in->run);
	in->run = in->runend = 0;
}

/*
 * Make the next line of the input current; 0 at its end. The input is
 * read a block at a time and cut where it lies, which costs a fraction of
 * getline and its copy of each line; a line longer than the block grows
 * it. A read error is reported and ends the input, as rd_line does.
 */
static int
in_line(struct input *in, struct article *a)
{
	char *nl = NULL;
	size_t got;

	for (;;) {
		if (in->next < in->len &&
		    (nl = memchr(in->blk + in->next, '\n',
		    in->len - in->next)) != NULL)
			break;
		if (in->ended)
			break;
		/* Keep the unread bytes, at the front, and read more. */
		in_flush(in, a);
		in->len -= in->next;
		if (in->len > 0)
			memmove(in->blk, in->blk + in->next, in->len);
		in->next = 0;
		in->ffok = 0;
		if (in->cap - in->len < INBLOCK) {
			in->cap = in->len + 2 * INBLOCK;
			in->blk = erealloc(in->blk, in->cap);
		}
		got = fread(in->blk + in->len, 1, in->cap - in->len, in->fp);
		in->len += got;
		if (got == 0) {
			if (ferror(in->fp)) {
				warn("%s", in->name);
				rval = 1;
			}
			in->ended = 1;
		}
	}
	if (nl == NULL && in->next == in->len)
		return 0;
	in->pos = in->next;
	in->lend = nl != NULL ? (size_t)(nl - in->blk) : in->len;
	in->next = nl != NULL ? in->lend + 1 : in->len;
	/* A byte order mark opening the input is not text (as in rd_line). */
	if (++in->lineno == 1 && in->lend - in->pos >= 3 &&
	    memcmp(in->blk + in->pos, "\xEF\xBB\xBF", 3) == 0)
		in->pos += 3;
	return 1;
}

/* A separator line: three or more of = - * # and nothing else. */
static int
separator(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '=' || s[i] == '-' || s[i] == '*' || s[i] == '#')
			k++;
		else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	}
	return k >= 3;
}

/*
 * A line of = or - right under a short line that does not end a sentence
 * underlines a heading (setext style) and separates nothing.
 */
static int
underline(const struct buf *raw, const char *s, size_t n)
{
	const char *prev, *end;
	size_t i;

	if (raw->len < 2 || raw->s[raw->len - 1] != '\n' ||
	    raw->s[raw->len - 2] == '\n')
		return 0;
	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (i == n || (s[i] != '=' && s[i] != '-'))
		return 0;
	for (; i < n; i++)
		if (s[i] != s[0] && s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	end = raw->s + raw->len - 1;
	for (prev = end; prev > raw->s && prev[-1] != '\n'; prev--)
		;
	while (end > prev && (end[-1] == ' ' || end[-1] == '\r'))
		end--;
	return end - prev <= 120 && end > prev &&
	    strchr(".!?\"", end[-1]) == NULL;
}

/*
 * The text format: a file is one article, or several separated by form
 * feeds or separator lines.
 */
int
fmt_text_next(struct input *in, struct article *a)
{
	const char *p, *ff;
	size_t n;
	int any = 0;

	for (;;) {
		if (!in->pending) {
			if (in->eof || !in_line(in, a)) {
				in_flush(in, a);
				in->eof = 1;
				return any;
			}
			in->pending = 1;
		}
		if (!any)
			a->lineno = in->lineno;
		any = 1;
		p = in->blk + in->pos;
		n = in->lend - in->pos;
		/*
		 * Form feeds are looked for once in all that is read, not in
		 * each line: most lines have none.
		 */
		if (!in->ffok || in->ff < in->pos) {
			ff = memchr(p, '\f', in->len - in->pos);
			in->ff = ff != NULL ? (size_t)(ff - in->blk) : in->len;
			in->ffok = 1;
		}
		if (in->ff < in->lend) {
			in_flush(in, a);
			buf_add(&a->raw, p, in->ff - in->pos);
			in->pos = in->ff + 1;
			return 1;
		}
		in->pending = 0;
		if (separator(p, n)) {
			in_flush(in, a);
			if (underline(&a->raw, p, n))
				continue;
			return 1;
		}
		/* The line with its newline joins the run, if it has one. */
		if (in->lend < in->len) {
			if (in->runend != in->pos) {
				in_flush(in, a);
				in->run = in->pos;
			}
			in->runend = in->lend + 1;
		} else {
			in_flush(in, a);
			buf_add(&a->raw, p, n);
			buf_addc(&a->raw, '\n');
		}
	}
}

art_reader_fn *
art_format(const char *name)
{
	if (strcmp(name, "text") == 0)
		return fmt_text_next;
	return NULL;
}

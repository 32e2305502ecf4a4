/*
 * text.c: sentences, words and name keys of English news text (text.h).
 *
 * Everything here works on UTF-8 bytes without decoding more than it
 * must: ASCII is classified by table, and only the few non-ASCII
 * characters that are punctuation (curly quotes, dashes, no-break space)
 * or accented Latin letters are looked at more closely.
 */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text.h"

enum { C_WORD, C_APOS, C_HYPHEN, C_SPACE };

/*
 * ASCII letters folded to lower case, accented Latin letters (U+00C0 to
 * U+017F) folded to the letter they carry; 0 where the character is not a
 * letter. Ligatures keep their first letter: the key only has to be the
 * same for two spellings of one name, not readable.
 */
static const char latin1[] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
static const char latin_ext_a[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkk"
    "llllllllllnnnnnnnnnoooooooorrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";

/* Decode a 2-byte sequence in the Latin range; 0 if it is not one. */
static uint32_t
latin_cp(const unsigned char *s, size_t n)
{
	if (n >= 2 && s[0] >= 0xc3 && s[0] <= 0xc5 && (s[1] & 0xc0) == 0x80)
		return ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
	return 0;
}

/* The ASCII letter a Latin code point folds to, or 0. */
static int
latin_fold(uint32_t cp)
{
	if (cp >= 0xc0 && cp <= 0xff)
		return latin1[cp - 0xc0];
	if (cp >= 0x100 && cp <= 0x17f)
		return latin_ext_a[cp - 0x100];
	return 0;
}

static int
latin_upper(uint32_t cp)
{
	if (cp >= 0xc0 && cp <= 0xde)
		return cp != 0xd7;
	if (cp >= 0x100 && cp <= 0x137)
		return (cp & 1) == 0;
	if (cp >= 0x139 && cp <= 0x148)
		return (cp & 1) == 1;
	if (cp >= 0x14a && cp <= 0x177)
		return (cp & 1) == 0;
	return cp == 0x178 || cp == 0x179 || cp == 0x17b || cp == 0x17d;
}

/* Length of the UTF-8 sequence starting with byte c (1 for a stray byte). */
static size_t
seqlen(unsigned char c)
{
	if (c < 0xc0)
		return 1;
	if (c < 0xe0)
		return 2;
	if (c < 0xf0)
		return 3;
	return 4;
}

/* The class of the character at s[i]; its length in *len. */
static int
cclass(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = s[i], d, e;
	size_t l;

	*len = 1;
	if (c < 0x80) {
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9'))
			return C_WORD;
		if (c == '\'')
			return C_APOS;
		if (c == '-')
			return C_HYPHEN;
		return C_SPACE;
	}
	l = seqlen(c);
	if (i + l > n)
		l = n - i;
	*len = l;
	d = l > 1 ? s[i + 1] : 0;
	e = l > 2 ? s[i + 2] : 0;
	if (c == 0xc2 || (c == 0xc3 && (d == 0x97 || d == 0xb7)))
		return C_SPACE;	/* no-break space, guillemets, × and ÷ */
	if (c == 0xca && (d == 0xbb || d == 0xbc || d == 0xbe || d == 0xbf))
		return C_APOS;	/* the letters transliterations use for ' */
	if (c == 0xe2 && d == 0x80) {
		if (e == 0x98 || e == 0x99)
			return C_APOS;
		if (e == 0x90 || e == 0x91)
			return C_HYPHEN;
		return C_SPACE;
	}
	if ((c == 0xe2 && (d == 0x81 || d == 0x82)) || (c == 0xe3 && d == 0x80) ||
	    (c == 0xef && (d == 0xbb || d == 0xbf)))
		return C_SPACE;	/* punctuation, CJK punctuation, BOM, U+FFFD */
	return C_WORD;
}

/*
 * Byte classes for the scan loop: ASCII is decided by this table alone,
 * high bytes go to cclass. 1 lower, 2 upper, 3 digit: a word byte.
 */
enum { B_SEP, B_LOWER, B_UPPER, B_DIGIT, B_APOS, B_HYPHEN, B_HIGH };
static unsigned char btab[256];

static void
init_btab(void)
{
	int c;

	for (c = 0; c < 256; c++)
		btab[c] = c >= 0x80 ? B_HIGH : B_SEP;
	for (c = 'a'; c <= 'z'; c++)
		btab[c] = B_LOWER;
	for (c = 'A'; c <= 'Z'; c++)
		btab[c] = B_UPPER;
	for (c = '0'; c <= '9'; c++)
		btab[c] = B_DIGIT;
	btab['\''] = B_APOS;
	btab['-'] = B_HYPHEN;
}

int
text_word(const char *text, size_t n, size_t *pos, struct word *w)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = *pos, len, l2, j, start, end;
	unsigned flags = 0;
	uint32_t cp;
	int cl, upper = 0, lower = 0, b;

	if (btab['a'] == 0)
		init_btab();
	/* Skip to the next word byte; only high bytes need a closer look. */
	for (; i < n; i++) {
		b = btab[s[i]];
		if (b >= B_LOWER && b <= B_DIGIT)
			break;
		if (b == B_HIGH) {
			if (cclass(s, n, i, &len) == C_WORD)
				break;
			i += len - 1;
		}
	}
	if (i >= n) {
		*pos = n;
		return 0;
	}
	start = i;
	/* An initialism with dots: U.S., U.N., U.S.A. */
	if (btab[s[i]] == B_UPPER && i + 3 < n && s[i + 1] == '.' &&
	    btab[s[i + 2]] == B_UPPER && s[i + 3] == '.') {
		for (j = i; j + 1 < n && btab[s[j]] == B_UPPER &&
		    s[j + 1] == '.'; j += 2)
			;
		if (j >= n || cclass(s, n, j, &len) != C_WORD) {
			end = i = j;
			flags |= W_DOTS | W_CAP | W_UPPER;
			goto found;
		}
	}
	if (btab[s[i]] == B_UPPER)
		flags |= W_CAP;
	else if (btab[s[i]] == B_DIGIT)
		flags |= W_DIGIT;
	else if (btab[s[i]] == B_HIGH && (cp = latin_cp(s + i, n - i)) != 0 &&
	    latin_upper(cp))
		flags |= W_CAP;
	for (;;) {
		for (;;) {
			if (i >= n)
				break;
			b = btab[s[i]];
			if (b == B_LOWER)
				lower = 1;
			else if (b == B_UPPER)
				upper = 1;
			else if (b == B_HIGH) {
				if ((cl = cclass(s, n, i, &len)) != C_WORD)
					goto notword;
				if ((cp = latin_cp(s + i, n - i)) != 0) {
					if (latin_upper(cp))
						upper = 1;
					else if (latin_fold(cp))
						lower = 1;
				}
				i += len;
				continue;
			} else if (b != B_DIGIT) {
				cl = b == B_APOS ? C_APOS : C_SPACE;
				len = 1;
				goto notword;
			}
			i++;
		}
		cl = C_SPACE;
notword:
		if (i >= n || cl != C_APOS)
			break;
		/* An apostrophe inside a word (O'Brien, Sana'a) or a possessive. */
		if (i + len < n && cclass(s, n, i + len, &l2) == C_WORD) {
			if ((s[i + len] == 's' || s[i + len] == 'S') &&
			    (i + len + 1 >= n ||
			    cclass(s, n, i + len + 1, &l2) != C_WORD)) {
				end = i;
				i += len + 1;
				flags |= W_POSS;
				goto cased;
			}
			i += len;
			continue;
		}
		/* A bare apostrophe after an s: Hamas' politburo. */
		if (s[i - 1] == 's' || s[i - 1] == 'S') {
			end = i;
			i += len;
			flags |= W_POSS;
			goto cased;
		}
		break;
	}
	end = i;
cased:
	if (upper && !lower)
		flags |= W_UPPER;
found:
	/* Joined by a hyphen to the word before: al-Sisi, Fatah-Hamas. */
	if (start > 1) {
		j = start - 1;
		if (s[j] == '-')
			cl = C_HYPHEN;
		else if (s[j] < 0x80)
			cl = C_SPACE;
		else {
			while (j > 0 && (s[j] & 0xc0) == 0x80)
				j--;
			cl = cclass(s, n, j, &len);
		}
		if (cl == C_HYPHEN && j > 0) {
			l2 = j - 1;
			while (l2 > 0 && (s[l2] & 0xc0) == 0x80)
				l2--;
			if (cclass(s, n, l2, &len) == C_WORD)
				flags |= W_HYPHEN;
		}
	}
	w->start = start;
	w->end = end;
	w->flags = flags;
	*pos = i;
	return 1;
}

/* ASCII letters and digits. */
static const unsigned char alnum_tab[256] = {
	['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1,
	['a'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1
};

#ifdef __SSE2__
/*
 * The mask of 16 bytes (SSE2 is in every x86-64): the bytes that fold
 * (| 0x20) into a..z, and 0..9. A range is one compare: moved up so that
 * it ends at 127, the highest signed byte, a byte is in it when it is then
 * above 127 less its width; every other byte, non-ASCII ones too, lies
 * below or wraps to a negative one. Comparing the moved byte, a temporary,
 * with the bound leaves the bound in its register.
 */
static unsigned
alnum16(const unsigned char *p)
{
	const __m128i tolet = _mm_set1_epi8(0x7f - 'z');
	const __m128i todig = _mm_set1_epi8(0x7f - '9');
	const __m128i nlet = _mm_set1_epi8(0x7f - 26);
	const __m128i ndig = _mm_set1_epi8(0x7f - 10);
	const __m128i fold = _mm_set1_epi8(0x20);
	__m128i v;

	v = _mm_loadu_si128((const __m128i *)(const void *)p);
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_cmpgt_epi8(_mm_add_epi8(_mm_or_si128(v, fold), tolet), nlet),
	    _mm_cmpgt_epi8(_mm_add_epi8(v, todig), ndig)));
}

/* Written out four times: a loop of four costs as much as its body. */
static uint64_t
alnum64(const unsigned char *p)
{
	return (uint64_t)alnum16(p) | (uint64_t)alnum16(p + 16) << 16 |
	    (uint64_t)alnum16(p + 32) << 32 | (uint64_t)alnum16(p + 48) << 48;
}
#endif

void
text_alnum_mask(const char *text, size_t n, uint64_t *mask)
{
	const unsigned char *s = (const unsigned char *)text, *p;
	size_t base = 0, k, lim;
	uint64_t m;

#ifdef __SSE2__
	unsigned char last[64];

	for (; base + 64 <= n; base += 64)
		mask[base / 64] = alnum64(s + base);
	/* The short last block, copied out: the bytes past n are 0, none. */
	if (base < n) {
		memset(last, 0, sizeof(last));
		memcpy(last, s + base, n - base);
		mask[base / 64] = alnum64(last);
		return;
	}
#endif
	for (; base < n; base += 64) {
		lim = n - base < 64 ? n - base : 64;
		m = 0;
		/* Eight bytes at a time, shifts constant: no loop-carried shift. */
		for (k = 0; k + 8 <= lim; k += 8) {
			p = s + base + k;
			m |= (uint64_t)(alnum_tab[p[0]] | alnum_tab[p[1]] << 1 |
			    alnum_tab[p[2]] << 2 | alnum_tab[p[3]] << 3 |
			    alnum_tab[p[4]] << 4 | alnum_tab[p[5]] << 5 |
			    alnum_tab[p[6]] << 6 | alnum_tab[p[7]] << 7) << k;
		}
		for (; k < lim; k++)
			m |= (uint64_t)alnum_tab[s[base + k]] << k;
		mask[base / 64] = m;
	}
}

size_t
word_key(const char *text, size_t n, char *out, size_t cap)
{
	const unsigned char *s = (const unsigned char *)text;
	char tmp[128];
	size_t i, k = 0, o = 0, len;
	uint32_t cp;
	int c;

	if (cap == 0)
		return 0;
	for (i = 0; i < n && k < sizeof(tmp); i += len) {
		len = 1;
		c = s[i];
		if (c >= 'A' && c <= 'Z')
			tmp[k++] = (char)(c + 32);
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			tmp[k++] = (char)c;
		else if (c < 0x80)
			continue;	/* apostrophes, dots */
		else if ((cp = latin_cp(s + i, n - i)) != 0) {
			len = 2;
			if ((c = latin_fold(cp)) != 0)
				tmp[k++] = (char)c;
		} else {
			if (cclass(s, n, i, &len) == C_WORD) {
				/* Other scripts: the bytes are the key. */
				if (k + len > sizeof(tmp))
					break;
				memcpy(tmp + k, s + i, len);
				k += len;
			}
		}
	}
	if ((k == 2 && (tmp[0] == 'a' || tmp[0] == 'e') && tmp[1] == 'l'))
		return 0;
	/* ou -> u, then doubled letters -> one: Mahmoud, Nakhalla. */
	for (i = 0; i < k && o + 1 < cap; i++) {
		c = (unsigned char)tmp[i];
		if (c == 'o' && i + 1 < k && tmp[i + 1] == 'u')
			continue;
		if (o > 0 && c < 0x80 && out[o - 1] == c && c > '9')
			continue;
		out[o++] = (char)c;
	}
	/* The endings -eh and -ah are both written -a. */
	if (o > 3 && out[o - 1] == 'h' && (out[o - 2] == 'e' || out[o - 2] == 'a')) {
		out[o - 2] = 'a';
		o--;
	}
	out[o] = '\0';
	return o;
}

size_t
name_key(const char *s, size_t n, char *out, size_t cap)
{
	struct word w;
	size_t pos = 0, o = 0, k;

	if (cap == 0)
		return 0;
	out[0] = '\0';
	while (text_word(s, n, &pos, &w)) {
		if (o > 0 && o + 1 < cap) {
			out[o] = ' ';
			k = word_key(s + w.start, w.end - w.start, out + o + 1,
			    cap - o - 1);
			if (k > 0)
				o += k + 1;
			else
				out[o] = '\0';
		} else if (o == 0)
			o = word_key(s + w.start, w.end - w.start, out, cap);
	}
	return o;
}

/*
 * Words before a full stop that do not end a sentence, with their lengths:
 * a full stop after a capitalised word asks, so the test must be cheap.
 */
#define AB(w)	{ w, sizeof(w) - 1 }
static const struct {
	const char *w;
	size_t n;
} abbrevs[] = {
	AB("Adm"), AB("Apr"), AB("Aug"), AB("Brig"), AB("Capt"), AB("Cmdr"),
	AB("Co"), AB("Col"), AB("Corp"), AB("Dec"), AB("Dr"), AB("Feb"),
	AB("Fr"), AB("Gen"), AB("Gov"), AB("Hon"), AB("Inc"), AB("Jan"),
	AB("Jr"), AB("Jul"), AB("Jun"), AB("Lt"), AB("Ltd"), AB("Maj"),
	AB("Mar"), AB("Messrs"), AB("Mr"), AB("Mrs"), AB("Ms"), AB("Mt"),
	AB("Nov"), AB("Oct"), AB("Pres"), AB("Prof"), AB("Rep"), AB("Rev"),
	AB("Sen"), AB("Sep"), AB("Sept"), AB("Sgt"), AB("Sr"), AB("St"),
	AB("Supt"), AB("vs"),
};
#undef AB

/* Does the full stop at s[i] end an abbreviation or an initial? */
static int
abbrev_before(const char *s, size_t i)
{
	size_t j = i, k;

	while (j > 0 && ((s[j - 1] >= 'a' && s[j - 1] <= 'z') ||
	    (s[j - 1] >= 'A' && s[j - 1] <= 'Z')))
		j--;
	if (j == i)
		return 0;
	if (i - j == 1 && s[j] >= 'A' && s[j] <= 'Z')
		return 1;	/* an initial, or the end of U.S. */
	for (k = 0; k < sizeof(abbrevs) / sizeof(abbrevs[0]); k++)
		if (abbrevs[k].n == i - j && abbrevs[k].w[0] == s[j] &&
		    memcmp(abbrevs[k].w, s + j, i - j) == 0)
			return 1;
	return 0;
}

static size_t
skip_space(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
	    s[i] == '\n'))
		i++;
	return i;
}

static void
emit(const char *s, size_t start, size_t end, sentence_fn *fn, void *arg)
{
	while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t' ||
	    s[end - 1] == '\r'))
		end--;
	if (end > start)
		fn(start, end, arg);
}

/* Bytes that can end a sentence: a newline, a full stop, ! and ?. */
static const unsigned char stop_tab[256] = {
	['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1
};

/*
 * The first byte at or after i that can end a sentence, or n. Most bytes
 * cannot: SSE2 looks at 16 at a time, the rest go by table.
 */
static size_t
next_stop(const char *s, size_t n, size_t i)
{
#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), dot = _mm_set1_epi8('.');
	const __m128i excl = _mm_set1_epi8('!'), quest = _mm_set1_epi8('?');
	__m128i v;
	unsigned m;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, dot)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, excl),
		    _mm_cmpeq_epi8(v, quest))));
		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	while (i < n && !stop_tab[(unsigned char)s[i]])
		i++;
	return i;
}

void
text_sentences(const char *s, size_t n, sentence_fn *fn, void *arg)
{
	size_t i, j, k, start;
	unsigned char c;

	start = skip_space(s, n, 0);
	for (i = start; (i = next_stop(s, n, i)) < n; i++) {
		c = (unsigned char)s[i];
		if (c == '\n') {
			emit(s, start, i, fn, arg);
			start = skip_space(s, n, i + 1);
			i = start - 1;
			continue;
		}
		/* Closing quotes and brackets stay with the sentence. */
		for (j = i + 1; j < n; j++) {
			if (s[j] == '"' || s[j] == '\'' || s[j] == ')' ||
			    s[j] == ']')
				continue;
			if (j + 2 < n && (unsigned char)s[j] == 0xe2 &&
			    (unsigned char)s[j + 1] == 0x80 &&
			    ((unsigned char)s[j + 2] == 0x99 ||
			    (unsigned char)s[j + 2] == 0x9d)) {
				j += 2;
				continue;
			}
			break;
		}
		if (j >= n || (s[j] != ' ' && s[j] != '\t'))
			continue;
		k = j;
		while (k < n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k < n && s[k] >= 'a' && s[k] <= 'z')
			continue;	/* "p.m. on Friday", "etc. and" */
		if (c == '.' && abbrev_before(s, i))
			continue;
		emit(s, start, j, fn, arg);
		start = skip_space(s, n, k);
		i = start - 1;
	}
	if (start < n)
		emit(s, start, n, fn, arg);
}

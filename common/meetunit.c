/*
 * meetunit.c: the tokeniser of extract-meetings. A sentence is cut into
 * units (words with their lexicon flags, entities, the punctuation the
 * rules look at), with possessives, "n't" and the phrasal verbs whose
 * particle sets their meaning ("sat down", "called off") read here once.
 */
#include <stdint.h>
#include <string.h>

#include "meetint.h"
#include "meetlex.h"
#include "util.h"

/* Bytes of a typographic punctuation mark (U+2010..U+205F) at p, else 0. */
static int
upunct(const unsigned char *p, const unsigned char *end)
{
	if (end - p >= 3 && p[0] == 0xe2 && (p[1] == 0x80 || p[1] == 0x81))
		return 3;
	return 0;
}

/* Room for more units; kept out of push, which runs once a unit. */
static void
grow_units(struct meet_ctx *c)
{
	c->ucap = c->ucap ? c->ucap * 2 : 256;
	c->u = erealloc(c->u, c->ucap * sizeof(c->u[0]));
}

static inline struct unit *
push(struct meet_ctx *c, size_t s, size_t e, int kind)
{
	struct unit *u;

	if (c->nu == c->ucap)
		grow_units(c);
	u = &c->u[c->nu++];
	u->s = (uint32_t)s;
	u->e = (uint32_t)e;
	u->f = 0;
	u->ent = -1;
	u->kind = (char)kind;
	u->hyph = 0;
	u->poss = 0;
	return u;
}

/*
 * Bytes of a word to tokenize: 1 for ASCII letters and digits and for
 * non-ASCII bytes, 2 for 0xe2, which starts a word byte unless it starts
 * typographic punctuation (upunct).
 */
static const unsigned char wordbyte[256] = {
#define X4	1, 1, 1, 1
#define X16	X4, X4, X4, X4
	['0'] = X4, X4, 1, 1,
	['A'] = X16, X4, X4, 1, 1,
	['a'] = X16, X4, X4, 1, 1,
	[0x80] = X16, X16, X16, X16, X16, X16,
	[0xe0] = 1, 1, 2, 1, X4, X4, X4,
	[0xf0] = X16
#undef X16
#undef X4
};

/*
 * The first byte at or after i that is no ASCII letter or digit, by the
 * mask of the article's text the first pass made (meetlex_scan); the
 * text's length if none.
 */
static inline size_t
alnum_end(const struct meet_ctx *c, size_t i)
{
	size_t b = i / 64, nw = (c->a->n + 63) / 64;
	uint64_t z;

	if (b >= nw)
		return c->a->n;
	z = ~c->mask[b] & (~UINT64_C(0) << (i % 64));
	while (z == 0) {
		if (++b == nw)
			return c->a->n;
		z = ~c->mask[b];
	}
	return b * 64 + (size_t)__builtin_ctzll(z);
}

/* Length of a possessive 's or ’s (or a bare ' after s) at p, else 0. */
static size_t
possessive(const char *p, const char *end)
{
	if (p < end && *p == '\'') {
		if (p + 1 < end && p[1] == 's' && (p + 2 == end || !isalpha_((unsigned char)p[2])))
			return 2;
		if (p + 1 == end || !isalpha_((unsigned char)p[1]))
			return 1;
	}
	if (end - p >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0) {
		if (p + 3 < end && p[3] == 's' && (p + 4 == end || !isalpha_((unsigned char)p[4])))
			return 4;
		if (p + 3 == end || !isalpha_((unsigned char)p[3]))
			return 3;
	}
	return 0;
}

/* ASCII lower case by table, as strncasecmp folds in the C locale. */
static const unsigned char lower[256] = {
#define L4(x)	(x), (x) + 1, (x) + 2, (x) + 3
#define L16(x)	L4(x), L4((x) + 4), L4((x) + 8), L4((x) + 12)
	L16(0x00), L16(0x10), L16(0x20), L16(0x30),
	0x40, L4(0x61), L4(0x65), L4(0x69), L4(0x6d), L4(0x71), L4(0x75),
	0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	L16(0x60), L16(0x70), L16(0x80), L16(0x90), L16(0xa0), L16(0xb0),
	L16(0xc0), L16(0xd0), L16(0xe0), L16(0xf0)
#undef L16
#undef L4
};

/* word_is for a word w not known when compiled: byte by byte, as they come. */
int
word_bytes(const struct meet_ctx *c, size_t i, const char *w)
{
	const unsigned char *p, *q = (const unsigned char *)w;
	size_t k, n;

	if (i >= c->nu || U(i).kind != 'w')
		return 0;
	p = (const unsigned char *)TXT(i);
	n = LEN(i);
	for (k = 0; k < n; k++)
		if (q[k] == '\0' || lower[p[k]] != lower[q[k]])
			return 0;
	return q[n] == '\0';
}

/* Meaning of a phrasal verb is set by its particle: sat down, called off. */
static void
phrasal(struct meet_ctx *c, size_t i)
{
	if (i + 1 >= c->nu || !(U(i + 1).f & W_PARTICLE))
		return;
	if (word_is(c, i + 1, "down") && (word_is(c, i, "sat") ||
	    word_is(c, i, "sit")))
		U(i).f |= W_MEETV;
	else if (word_is(c, i + 1, "together") && (word_is(c, i, "brought") ||
	    word_is(c, i, "bring")))
		U(i).f |= W_MEETV;
	else if (word_is(c, i + 1, "part") && (word_is(c, i, "took") ||
	    word_is(c, i, "take")))
		U(i).f |= W_ATTEND;
	else if (word_is(c, i + 1, "off") && (word_is(c, i, "called") ||
	    word_is(c, i, "call") || word_is(c, i, "calls") ||
	    word_is(c, i, "put") || word_is(c, i, "broke") ||
	    word_is(c, i, "broken") || word_is(c, i, "break") ||
	    word_is(c, i, "breaks")))
		U(i).f |= W_CANCEL;
	else if (word_is(c, i + 1, "for") && (word_is(c, i, "called") ||
	    word_is(c, i, "call") || word_is(c, i, "calls")))
		U(i).f |= W_PROPOSE;
	else if ((word_is(c, i + 1, "away") && word_is(c, i, "stayed")) ||
	    (word_is(c, i + 1, "out") && word_is(c, i, "walked")))
		U(i).f |= W_BOYCOTT;
}

/*
 * Cut [s, e) into units. Returns the union of the word flags, so the
 * caller can drop a sentence with no trigger at once.
 */
uint64_t
tokenize(struct meet_ctx *c, size_t s, size_t e)
{
	const struct entities *ents = c->a->ents;
	const char *t = c->a->text;
	const unsigned char *ut = (const unsigned char *)t;
	uint64_t all = 0;
	size_t i = s, j, k, lim;
	struct unit *u;
	int hyph = 0, n;

	size_t lo = 0, hi = ents->n, mid, ecur, next;

	c->nu = 0;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ents->v[mid].start < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* The entity cursor and where that entity starts (e when past it). */
	ecur = lo;
	next = ecur < ents->n && ents->v[ecur].start < e ? ents->v[ecur].start : e;
	while (i < e) {
		if (next <= i && ecur < ents->n) {
			const struct entity *x = &ents->v[ecur];

			if (x->start == i && x->end > i && x->end <= e) {
				u = push(c, i, x->end, 'e');
				u->ent = (int)ecur;
				u->hyph = (unsigned char)hyph;
				hyph = 0;
				i = x->end;
				if ((k = possessive(t + i, t + e)) > 0) {
					u->poss = 1;
					i += k;
				}
			}
			/* Skip entities that overlap one taken, or run past the sentence. */
			ecur++;
			next = ecur < ents->n && ents->v[ecur].start < e ?
			    ents->v[ecur].start : e;
			continue;
		}
		if ((n = wordbyte[ut[i]]) == 1 || (n == 2 && !upunct(ut + i, ut + e))) {
			/*
			 * A word stops at the next entity, which starts after
			 * i. Its first run of ASCII letters and digits is
			 * skipped by the first pass's mask, what follows it
			 * (a non-ASCII letter) byte by byte.
			 */
			lim = next;
			j = alnum_end(c, i + 1);
			if (j > lim)
				j = lim;
			for (; j < lim && ((n = wordbyte[ut[j]]) == 1 ||
			    (n == 2 && !upunct(ut + j, ut + e))); j++)
				;
			u = push(c, i, j, 'w');
			u->f = meetlex_word_key(t + i, j - i, c->a->n - i,
			    &u->key);
			u->hyph = (unsigned char)hyph;
			hyph = 0;
			i = j;
			if (i < e && (t[i] == '\'' || ut[i] == 0xe2) &&
			    (k = possessive(t + i, t + e)) > 0) {
				u->poss = 1;
				i += k;
			} else if (i + 1 < e && t[i] == '\'' && t[i + 1] == 't') {
				/* didn't, won't, hasn't */
				u->f |= W_NEG;
				i += 2;
			} else if (i + 3 < e && ut[i] == 0xe2 &&
			    memcmp(t + i, "\xe2\x80\x99t", 4) == 0) {
				u->f |= W_NEG;
				i += 4;
			}
			all |= u->f;
			continue;
		}
		/* A space, the commonest byte here, only ends a hyphen's run. */
		if (t[i] == ' ') {
			hyph = 0;
			i++;
			continue;
		}
		if (t[i] == '-' && i > s && i + 1 < e && t[i - 1] != ' ' &&
		    t[i + 1] != ' ') {
			hyph = 1;
			i++;
			continue;
		}
		hyph = 0;
		if ((n = upunct(ut + i, ut + e)) > 0) {
			/* Dashes and quotes: an en or em dash is a pause, a quote a quote. */
			if (ut[i + 2] == 0x93 || ut[i + 2] == 0x94)
				push(c, i, i + 3, '-');
			else if (ut[i + 2] >= 0x98 && ut[i + 2] <= 0x9f)
				push(c, i, i + 3, '"');
			i += (size_t)n;
			continue;
		}
		switch (t[i]) {
		case ',': case ';': case ':': case '"': case '(': case ')':
			push(c, i, i + 1, t[i]);
			break;
		}
		i++;
	}
	/* all holds every word's flags but those a particle adds here. */
	if (all & W_PHRASAL)
		for (j = 0; j + 1 < c->nu; j++)
			if (U(j).f & W_PHRASAL) {
				phrasal(c, j);
				all |= U(j).f;
			}
	return all;
}

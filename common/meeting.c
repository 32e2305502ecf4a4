/*
 * meeting.c: the sentence analysis of extract-meetings (meeting.h).
 *
 * Each sentence is cut into units (words with their lexicon flags,
 * entities, punctuation). A trigger word that passes its own checks (a
 * "met" needs someone to meet, "talks" a determiner or a "with") opens a
 * window: the clause around it, bounded by clause words, reported speech
 * and the start of the topic ("on ways to...", "about", "against"). The
 * window's entities fill a candidate meeting, its small words its status;
 * the candidate is merged into an earlier record of the same meeting or
 * becomes a new one when it has two sides.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "hash.h"
#include "meeting.h"
#include "meetlex.h"
#include "text.h"
#include "util.h"

#define U(i)	(c->u[i])
#define TXT(i)	(c->a->text + c->u[i].s)
#define LEN(i)	(c->u[i].e - c->u[i].s)

void
meet_init(struct meet_ctx *c)
{
	memset(c, 0, sizeof(*c));
}

void
meet_free(struct meet_ctx *c)
{
	free(c->u);
	free(c->pu);
	free(c->trig);
	free(c->mask);
	memset(c, 0, sizeof(*c));
}

/* ---- units ---- */

/* ASCII letters and digits, by table: the first pass looks at every byte. */
static const unsigned char alnum[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

static int
isalpha_(unsigned char ch)
{
	return alnum[ch];
}

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

/*
 * Whether unit i is the word w, in any case. The rules ask this of nearly
 * every unit of a window, mostly of words that differ from w at once, so
 * the bytes are compared as they come, without measuring w first.
 */
static inline int
word_is(const struct meet_ctx *c, size_t i, const char *w)
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
static uint64_t
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
			/* A word stops at the next entity, which starts after i. */
			lim = next;
			for (j = i + 1; j < lim && ((n = wordbyte[ut[j]]) == 1 ||
			    (n == 2 && !upunct(ut + j, ut + e))); j++)
				;
			u = push(c, i, j, 'w');
			u->f = meetlex_word(t + i, j - i);
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
	for (j = 0; j + 1 < c->nu; j++)
		if (U(j).f & W_PHRASAL)
			phrasal(c, j);
	for (j = 0; j < c->nu; j++)
		all |= U(j).f;
	return all;
}

/* ---- sets of ids ---- */

static int
idset_has(const struct idset *set, const char *s, size_t n)
{
	int i;

	for (i = 0; i < set->n; i++)
		if (set->v[i].n == n && memcmp(set->v[i].s, s, n) == 0)
			return 1;
	return 0;
}

static void
idset_add(struct idset *set, const char *s, size_t n)
{
	if (n == 0 || idset_has(set, s, n) || set->n == MEET_MAXIDS)
		return;
	set->v[set->n].s = s;
	set->v[set->n].n = n;
	set->n++;
}

static void
idset_union(struct idset *to, const struct idset *from)
{
	int i;

	for (i = 0; i < from->n; i++)
		idset_add(to, from->v[i].s, from->v[i].n);
}

static void
idset_del(struct idset *set, const char *s, size_t n)
{
	int i;

	for (i = 0; i < set->n; i++)
		if (set->v[i].n == n && memcmp(set->v[i].s, s, n) == 0) {
			set->v[i] = set->v[--set->n];
			return;
		}
}

/* Every id of a is in b. */
static int
idset_sub(const struct idset *a, const struct idset *b)
{
	int i;

	for (i = 0; i < a->n; i++)
		if (!idset_has(b, a->v[i].s, a->v[i].n))
			return 0;
	return 1;
}

static int
idset_meets(const struct idset *a, const struct idset *b)
{
	int i;

	for (i = 0; i < a->n; i++)
		if (idset_has(b, a->v[i].s, a->v[i].n))
			return 1;
	return 0;
}

/* ---- actors ---- */

static const struct entity *
ent(const struct meet_ctx *c, size_t i)
{
	return U(i).ent < 0 ? NULL : &c->a->ents->v[U(i).ent];
}

/*
 * Words that mark a news outlet in its name or id: the dictionary gives
 * every agency and outlet a name with one ("Reuters news agency"), and a
 * name the tagger made from a cue ("BBC Radio 4") shows it in its id.
 */
#define MW(w)	{ w, sizeof(w) - 1 }
static const struct {
	const char *w;
	size_t n;
} media_words[] = {
	MW("news"), MW("press"), MW("presse"), MW("prensa"),
	MW("broadcasting"), MW("broadcaster"), MW("television"), MW("tv"),
	MW("radio"), MW("newspaper"), MW("magazine"), MW("times"),
	MW("post"), MW("daily"), MW("herald"), MW("tribune"), MW("gazette"),
	MW("journal"), MW("telegraph"), MW("chronicle"), MW("channel"),
	MW("agencia"),
};

/* Whether the words of s (n bytes, any separators) include a media word. */
static int
has_media_word(const char *s, size_t n)
{
	size_t i = 0, j, k;

	while (i < n) {
		if (!isalpha_((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (j = i; j < n && isalpha_((unsigned char)s[j]); j++)
			;
		for (k = 0; k < sizeof(media_words) / sizeof(media_words[0]); k++)
			if (media_words[k].n == j - i &&
			    (s[i] | 0x20) == media_words[k].w[0] &&
			    strncasecmp(media_words[k].w, s + i, j - i) == 0)
				return 1;
		i = j;
	}
	return 0;
}

/*
 * A news agency or outlet: it reports meetings, it is not a side of them
 * (the "(Reuters)" of a dateline, a BBC interview).
 */
static int
media(const char *s, size_t n)
{
	/*
	 * What the names of an organisation of the dictionary say is kept:
	 * the sides of every sentence ask, and an actor's names can be long.
	 */
	static struct {
		const struct actor *a;
		int media;
	} *memo;
	static size_t size;
	const struct actor *a = dict_get(s, n);
	const char *names;
	size_t h;

	if (a == NULL)
		return has_media_word(s, n);
	if (a->type != T_ORG)
		return 0;
	if (memo == NULL) {
		size = 64;
		while (size < 2 * dict_count() + 2)
			size *= 2;
		memo = ecalloc(size, sizeof(memo[0]));
	}
	h = (size_t)(((uintptr_t)a >> 3) * UINT64_C(0x9E3779B97F4A7C15) >> 20) &
	    (size - 1);
	while (memo[h].a != NULL && memo[h].a != a)
		h = (h + 1) & (size - 1);
	if (memo[h].a == NULL) {
		names = dict_names(a);
		memo[h].a = a;
		memo[h].media = has_media_word(names, strlen(names));
	}
	return has_media_word(s, n) || memo[h].media;
}

/*
 * Whether any actor of the dictionary has id (n bytes) as its parent.
 * The parents are hashed once, on first use.
 */
static int
has_bodies(const char *id, size_t n)
{
	static const char **tab;
	static size_t size;
	const struct actor *a;
	const char *p;
	size_t i, h;

	if (tab == NULL) {
		size = 1;
		while (size < 2 * dict_count() + 2)
			size *= 2;
		tab = ecalloc(size, sizeof(tab[0]));
		for (i = 0; (a = dict_actor(i)) != NULL; i++) {
			/* People under a body (a Treasury secretary) do not
			 * make it a government of its own. */
			if ((p = a->parent) == NULL || a->type == T_PER)
				continue;
			h = hash64(p, strlen(p), 0) & (size - 1);
			while (tab[h] != NULL && strcmp(tab[h], p) != 0)
				h = (h + 1) & (size - 1);
			tab[h] = p;
		}
	}
	h = hash64(id, n, 0) & (size - 1);
	for (; tab[h] != NULL; h = (h + 1) & (size - 1))
		if (strlen(tab[h]) == n && memcmp(tab[h], id, n) == 0)
			return 1;
	return 0;
}

/*
 * The side an organisation stands for. A government body (one whose
 * parent is a state: egypt-gis, us-treasury, the Kremlin) speaks for its
 * state: an intelligence chief's talks are his country's. A body with
 * bodies of its own under it (the PA) is a government in its own right.
 */
static struct idref
side_of(const char *s, size_t n)
{
	struct idref r = { s, n };
	const struct actor *a, *p;
	size_t pn;

	if ((a = dict_get(s, n)) == NULL || a->type != T_ORG ||
	    a->parent == NULL)
		return r;
	if ((p = dict_get(a->parent, strlen(a->parent))) == NULL ||
	    p->type != T_GPE)
		return r;
	/* us-treasury, the Kremlin speak for their state too; its outlets do not */
	if ((pn = strlen(p->id)) < n && memcmp(s, p->id, pn) == 0 &&
	    s[pn] == '-') {
		r.s = p->id;
		r.n = pn;
	} else if (!media(s, n) && !has_bodies(s, n)) {
		r.s = p->id;
		r.n = strlen(p->id);
	}
	return r;
}

/*
 * The organisation or state a person speaks for: as tagged here, else as
 * the dictionary knows him, else as tagged where the article first named
 * him in full ("Kamel" after "Abbas Kamel, Egypt's intelligence chief").
 */
static struct idref
person_side(const struct meet_ctx *c, const struct entity *x)
{
	struct idref none = { NULL, 0 };
	const struct entities *es = c->a->ents;
	const struct actor *a;
	size_t i;

	if (x->affil != NULL && x->affil_len > 0)
		return side_of(x->affil, x->affil_len);
	if ((a = dict_get(x->actor, x->actor_len)) != NULL &&
	    a->parent != NULL)
		return side_of(a->parent, strlen(a->parent));
	for (i = 0; i < es->n && es->v[i].start < x->start; i++)
		if (es->v[i].affil_len > 0 && es->v[i].actor_len ==
		    x->actor_len && memcmp(es->v[i].actor, x->actor,
		    x->actor_len) == 0)
			return side_of(es->v[i].affil, es->v[i].affil_len);
	return none;
}

static void
add_side(struct idset *set, struct idref r)
{
	const struct actor *a;

	if (r.s == NULL)
		return;
	/* A place is never a side; a person is counted under people. */
	if ((a = dict_get(r.s, r.n)) != NULL && (a->type == T_LOC ||
	    a->type == T_PER))
		return;
	if (media(r.s, r.n))
		return;
	idset_add(set, r.s, r.n);
}

/* The country code of an actor, "" if none. */
static const char *
country_of(const char *s, size_t n)
{
	const struct actor *a;

	if (s == NULL || (a = dict_get(s, n)) == NULL)
		return "";
	return a->country;
}

/* The state of the dateline city, or none. */
static struct idref
dateline_state(const struct meet_ctx *c)
{
	struct idref none = { NULL, 0 };
	const struct actor *a;

	if (c->dateline.s == NULL || (a = dict_get(c->dateline.s,
	    c->dateline.n)) == NULL || a->country[0] == '\0' ||
	    (a = dict_by_iso3(a->country)) == NULL)
		return none;
	none.s = a->id;
	none.n = strlen(a->id);
	return none;
}

/*
 * The side of the person at unit j, from his title in this sentence
 * first: "Pakistani Prime Minister Nawaz Sharif" speaks for Pakistan
 * whatever party the dictionary gives him. A minister whose title names
 * no state ("Finance Minister Hirohisa Fujii" under a TOKYO dateline) is
 * of the dateline's state, as the reader of the story takes him.
 */
static struct idref
titled_side(const struct meet_ctx *c, size_t j, int *titled)
{
	const struct entity *x = ent(c, j), *y;
	struct idref r;
	size_t k;
	int title = 0;

	for (k = j; k-- > 0 && k + 5 > j;) {
		if (U(k).kind == 'e') {
			y = ent(c, k);
			if (title && x->affil_len == 0 && (y->type == T_GPE ||
			    y->type == T_ORG) && !media(y->actor, y->actor_len))
				return side_of(y->actor, y->actor_len);
			break;
		}
		if (U(k).kind != 'w' || !(TXT(k)[0] >= 'A' && TXT(k)[0] <= 'Z'))
			break;
		if (U(k).f & W_PERSONN)
			title = 1;
	}
	if (titled != NULL)
		*titled = title;
	r = person_side(c, x);
	if (r.s != NULL && !media(r.s, r.n))
		return r;
	/* a title with no state before it: Finance Minister X, not Mr X */
	/* k wrapped past 0 when the loop reached the first unit. */
	if (title && (k == (size_t)-1 || k + 1 >= j || U(k).kind != 'e'))
		return dateline_state(c);
	r.s = NULL;
	r.n = 0;
	return r;
}

/* ---- the window around a trigger ---- */

/* A "to" that starts a purpose clause ("to discuss", "to ease"), not a place or a meeting verb. */
static int
purpose_to(const struct meet_ctx *c, size_t k)
{
	size_t n = k + 1;

	if (n >= c->nu)
		return 0;
	if (U(n).kind == 'e')
		return 0;
	if (U(n).kind != 'w')
		return 0;
	if (U(n).f & (W_TRIGGER | W_HOLD | W_DET | W_PHRASAL))
		return 0;
	if (word_is(c, n, "be") || word_is(c, n, "a") || word_is(c, n, "an"))
		return 0;
	return 1;
}

/*
 * The comma that closes a clause fronted by the subordinator at k
 * ("Before visiting Israel, Mr Blair met ..."), or 0. The subordinator
 * opens the sentence (after "And", "But" at most); a comma that goes on
 * a list of names ("After visiting Paris, Rome and Bonn,") does not
 * close it.
 */
static size_t
fronted_comma(const struct meet_ctx *c, size_t k, size_t end)
{
	size_t q;

	for (q = 0; q < k; q++)
		if (U(q).kind != 'w' || !((U(q).f & W_CLAUSE) ||
		    word_is(c, q, "and")))
			return 0;
	for (q = k + 1; q < end; q++) {
		if (U(q).kind == ';')
			return 0;
		if (U(q).kind != ',')
			continue;
		if (q + 2 < c->nu && U(q + 1).kind == 'e' &&
		    (U(q + 2).kind == ',' || word_is(c, q + 2, "and")))
			continue;
		return q;
	}
	return 0;
}

/*
 * The "and" at k joins a clause with a subject of its own: a name (with
 * its determiner and title) and then a verb or modal ("and Reagan will
 * travel", "and the Thai leader will also visit").
 */
static int
new_subject(const struct meet_ctx *c, size_t k)
{
	size_t q = k + 1;
	int named = 0;

	if (q < c->nu && U(q).kind == 'w' && (U(q).f & W_DET))
		q++;
	for (; q < c->nu && q < k + 6; q++) {
		if (U(q).kind == 'e') {
			if (ent(c, q)->type == T_DATE || ent(c, q)->type == T_LOC)
				return 0;
			named = 1;
			continue;
		}
		if (U(q).kind != 'w')
			return 0;
		if (U(q).f & W_PERSONN) {
			named = 1;
			continue;
		}
		break;
	}
	if (!named || q >= c->nu || U(q).kind != 'w')
		return 0;
	/* not "a summit between India and Pakistan planned for May" */
	return word_is(c, q, "will") || word_is(c, q, "would") ||
	    word_is(c, q, "shall") || word_is(c, q, "also") ||
	    word_is(c, q, "then") || ((U(q).f & (W_TRIGGER | W_MOTION |
	    W_HOLD)) && !(U(q).f & (W_NOUN | W_WEAK)));
}

static size_t
window_start(const struct meet_ctx *c, size_t i)
{
	size_t k, q;

	for (k = i; k-- > 0;) {
		if (U(k).kind == ';')
			return k + 1;
		if (U(k).kind != 'w')
			continue;
		if (U(k).f & W_CLAUSE) {
			/* "such as", "as well as" do not open a clause */
			if (word_is(c, k, "as") && k > 0 && (word_is(c, k - 1,
			    "such") || word_is(c, k - 1, "well")))
				continue;
			/* the main clause after a fronted one is a clause of its own */
			if ((q = fronted_comma(c, k, i)) > 0)
				return q + 1;
			return k + 1;
		}
		if (U(k).f & W_REPORT) {
			if (word_is(c, k + 1, "that"))
				return k + 2;
			return k + 1;
		}
		/*
		 * "X will meet Y, and Z will visit A": Z's own clause, when a
		 * verb before the "and" closes X's ("X, Y and Z met" does not).
		 */
		if (word_is(c, k, "and") && new_subject(c, k))
			for (q = k; q-- > 0;)
				if (U(q).kind == 'w' && (U(q).f & (W_PLAN |
				    W_MEETV | W_VISIT | W_HOSTV | W_MOTION |
				    W_HOLD)) && !(U(q).f & (W_NOUN | W_WEAK)))
					return k + 1;
	}
	return 0;
}

static size_t
window_end(const struct meet_ctx *c, size_t i)
{
	size_t k, q;

	for (k = i + 1; k < c->nu; k++) {
		if (U(k).kind == ';')
			return k;
		if (U(k).kind != 'w')
			continue;
		if (U(k).f & (W_CLAUSE | W_TOPIC))
			return k;
		/*
		 * "a summit in Brussels, where Iraq is on the agenda": another
		 * clause; but "visited Ramallah, where he met X" goes on.
		 */
		if (word_is(c, k, "where") && U(k - 1).kind == ',') {
			for (q = k + 1; q < c->nu && U(q).kind != ',' &&
			    !(U(q).f & (W_TRIGGER | W_CLAUSE)); q++)
				;
			if (q == c->nu || !(U(q).f & W_TRIGGER))
				return k;
		}
		if (U(k).f & W_REPORT) {
			/*
			 * "..., Hamas said.", "..., an Egyptian official said
			 * in a statement.": the source is no side. Said with
			 * a whole clause after it is the main verb, and its
			 * subject may be the one who held the talks before it.
			 */
			for (q = k; q > i + 1 && k - q < 6 && c->nu - k <= 7;) {
				q--;
				if (U(q).kind == ',' || U(q).kind == '"')
					return q;
				if (U(q).kind != 'w' && U(q).kind != 'e')
					break;
			}
			return k;
		}
		if ((U(k).f & W_ON) && !(k + 1 < c->nu &&
		    ((U(k + 1).kind == 'e' && ent(c, k + 1)->type == T_DATE) ||
		    (U(k + 1).f & W_WEEKDAY) || (U(k + 1).kind == 'w' &&
		    TXT(k + 1)[0] >= '0' && TXT(k + 1)[0] <= '9'))))
			return k;
		/* "due to the refusal", "because of": a cause, not a side */
		if ((word_is(c, k, "due") || word_is(c, k, "thanks")) &&
		    word_is(c, k + 1, "to") && !(k + 2 < c->nu &&
		    (U(k + 2).f & (W_TRIGGER | W_HOLD | W_PHRASAL))) &&
		    !word_is(c, k + 2, "be"))
			return k;
		if ((U(k).f & W_TO) && purpose_to(c, k))
			return k;
		if ((U(k).f & W_OUTCOME) && !(U(k).f & W_PLAN))
			return k;
		/* "X will visit A and Y will travel to B": Y's own clause */
		if (word_is(c, k, "and") && new_subject(c, k))
			return k;
	}
	return c->nu;
}

/* The unit before k, skipping determiners and plain words up to max units. */
static int
preceded_by(const struct meet_ctx *c, size_t k, size_t lo, uint64_t flags,
    int max)
{
	while (k > lo && max-- > 0) {
		k--;
		if (U(k).kind == 'w' && (U(k).f & flags))
			return 1;
		if (U(k).kind == ',' || U(k).kind == ';')
			return 0;
	}
	return 0;
}

/*
 * An actor after "with" is a side only when the "with" belongs to a
 * meeting word ("met with", "talks with"), not to "tensions with Israel".
 */
static int
stray_with(const struct meet_ctx *c, size_t j, size_t lo)
{
	size_t k = j, w;
	int d;

	for (d = 0; d < 3 && k > lo; d++) {
		k--;
		if (U(k).kind == 'w' && word_is(c, k, "with"))
			break;
		if (U(k).kind != 'w' || !(U(k).f & W_DET))
			return 0;
	}
	if (!word_is(c, k, "with"))
		return 0;
	for (w = k, d = 0; d < 4 && w > 0; d++) {
		w--;
		if (U(w).kind == 'w' && (U(w).f & (W_TRIGGER | W_PHRASAL)))
			return 0;
	}
	return 1;
}

/* ---- the checks each trigger word makes ---- */

static int qualifier(const struct meet_ctx *, size_t);
static const struct prevsent *prev_sentence(const struct meet_ctx *);

/* An actor, a person word or a group within n units after i. */
static int
actor_follows(const struct meet_ctx *c, size_t i, int n)
{
	size_t k;
	const struct entity *x;

	for (k = i + 1; k < c->nu && n-- > 0; k++) {
		if (U(k).kind == 'e') {
			x = ent(c, k);
			if (x->type == T_PER || x->type == T_ORG ||
			    x->type == T_GPE)
				return 1;
			continue;
		}
		/* "met opposition leaders", not "met with opposition" */
		if ((U(k).f & W_NOTMEET) && !(k + 1 < c->nu &&
		    (U(k + 1).f & (W_PERSONN | W_GROUP))))
			return 0;
		if (U(k).f & (W_PERSONN | W_GROUP | W_CROWD | W_GOVT))
			return 1;
		if (U(k).kind != 'w')
			return 0;
		/* the object ended with no one in it: "welcomed the decision by India", "received less than" */
		if ((U(k).f & (W_BY | W_TO | W_ON | W_IN | W_WITH | W_TOPIC |
		    W_CLAUSE | W_REPORT | W_BASED)) || word_is(c, k, "than") ||
		    word_is(c, k, "of"))
			return 0;
	}
	return 0;
}

static int
remote_near(const struct meet_ctx *c, size_t i)
{
	size_t k, lo = i > 3 ? i - 3 : 0;

	for (k = lo; k < i; k++)
		if (U(k).f & W_REMOTE)
			return 1;
	/* "talks by phone", "met via video link" */
	for (k = i + 1; k < c->nu && k < i + 4; k++)
		if ((U(k).f & W_REMOTE) && !word_is(c, k, "indirect"))
			return 1;
	return 0;
}

/*
 * A visit is a meeting only when it is to someone: a state, a city, a
 * person, a known organisation ("visited China", "a visit to Bonn by the
 * Japanese Trade Minister", "visited Kohl"). A visit to a thing is
 * sightseeing, however political the visitor: "visited Kenya's biggest
 * shantytown", "visited slums in Nairobi", "visited the tomb of Arafat",
 * "arriving for a radio show", "a visit by one relative".
 */
static int
visit_ok(const struct meet_ctx *c, size_t i)
{
	const struct entity *x;
	const struct actor *a;
	size_t k = i + 1, q;

	if (word_is(c, k, "by")) {
		/* "a visit by X to Y": past the visitor to where he went */
		for (q = k + 1; q < c->nu && q < k + 8; q++)
			if (U(q).kind == 'w' && (U(q).f & (W_TO | W_IN)))
				break;
		if (q >= c->nu || q >= k + 8)
			return 0;
		k = q;
	}
	for (; k < c->nu; k++) {
		if (U(k).kind == 'e' && ent(c, k)->type == T_DATE)
			continue;
		if (U(k).kind != 'w')
			break;
		if ((U(k).f & (W_DET | W_IN | W_TO | W_WEEKDAY)) &&
		    !word_is(c, k, "here"))
			continue;
		if (word_is(c, k, "a") || word_is(c, k, "an") ||
		    word_is(c, k, "back") || word_is(c, k, "today") ||
		    word_is(c, k, "yesterday") || (word_is(c, k, "on") &&
		    k + 1 < c->nu && ((U(k + 1).f & W_WEEKDAY) ||
		    (U(k + 1).kind == 'e' && ent(c, k + 1)->type == T_DATE))))
			continue;
		break;
	}
	/* "will travel to Brasilia in December for a return visit" */
	if (k >= c->nu || U(k).kind != 'e')
		for (q = i; q-- > 0 && q + 10 > i;) {
			if (U(q).kind == ',' || (U(q).kind == 'w' &&
			    (U(q).f & (W_CLAUSE | W_REPORT))))
				break;
			if (word_is(c, q, "to") && q > 0 && (U(q - 1).f & W_MOTION) &&
			    q + 1 < i && U(q + 1).kind == 'e' &&
			    (ent(c, q + 1)->type == T_LOC || ent(c, q + 1)->type == T_GPE))
				return 1;
		}
	if (k >= c->nu)
		return 0;
	if (word_is(c, k, "here"))
		return c->dateline.s != NULL;
	if (U(k).kind == 'w')
		return (U(k).f & (W_PERSONN | W_GROUP)) != 0;
	if (U(k).kind != 'e')
		return 0;
	x = ent(c, k);
	/* "Kenya's president", "Kenya's capital", not "Kenya's biggest shantytown" */
	if (U(k).poss && !(k + 1 < c->nu && (U(k + 1).kind == 'e' ||
	    (U(k + 1).f & W_PERSONN) || word_is(c, k + 1, "capital") ||
	    word_is(c, k + 1, "city"))))
		return 0;
	if (x->type == T_ORG)
		return (a = dict_get(x->actor, x->actor_len)) != NULL &&
		    !media(x->actor, x->actor_len);
	if (x->type == T_GPE && qualifier(c, k))
		return 0;	/* "the Pakistani community" */
	return x->type == T_PER || x->type == T_GPE || x->type == T_LOC;
}

/*
 * A meeting noun counted as a habit: "several rounds of talks", "many
 * meetings", "regular high-level consultations". The quantifier stands
 * a few words before it, past adjectives, entities and "rounds of".
 */
static int
habitual(const struct meet_ctx *c, size_t i)
{
	static const char *const many[] = { "several", "many", "numerous",
	    "countless", "regular", "frequent", "repeated", "periodic",
	    "occasional", NULL };
	size_t k;
	int m;

	for (k = i; k-- > 0 && k + 7 > i;) {
		if (U(k).kind != 'w' && U(k).kind != 'e')
			return 0;
		for (m = 0; many[m] != NULL; m++)
			if (word_is(c, k, many[m]))
				return 1;
		if (U(k).kind == 'w' && (U(k).f & (W_TRIGGER | W_CLAUSE |
		    W_REPORT | W_DET | W_WITH | W_IN | W_TO | W_PLAN)))
			return 0;
	}
	return 0;
}

static int
trigger_ok(const struct meet_ctx *c, size_t i)
{
	uint64_t f = U(i).f;
	size_t k;

	if (remote_near(c, i))
		return 0;
	if (i > 0 && (U(i - 1).f & W_NOTMEET))
		return 0;		/* press conference, news conference */
	if (f & W_ACCOMP) {
		if (word_is(c, i, "accompanied"))
			return 1;
		for (k = 0; k < i; k++)
			if (word_is(c, k, "delegation"))
				return 1;
		return 0;
	}
	if ((f & W_VISIT) && !visit_ok(c, i))
		return 0;
	if (f & W_HOSTV) {
		/* "hosted by" marks a host; the meeting is another word's */
		if (word_is(c, i + 1, "by"))
			return 0;
		/* a show, a programme hosted by someone */
		for (k = i > 3 ? i - 3 : 0; k < i; k++)
			if (U(k).f & W_NOTMEET)
				return 0;
		return actor_follows(c, i, 4);
	}
	if ((f & W_MEETV) && (f & W_OBJECT)) {
		if (i + 1 >= c->nu)
			return 1;
		if (U(i + 1).kind == 'e')
			return 1;
		if (word_is(c, i + 1, "with") || (U(i + 1).f & W_DET) ||
		    word_is(c, i + 1, "a") || word_is(c, i + 1, "an"))
			return actor_follows(c, i + 1, 4);
		if (U(i + 1).kind == 'w' && !(U(i + 1).f & (W_IN | W_ON |
		    W_TO | W_PARTICLE | W_CLAUSE | W_REPORT | W_GROUP |
		    W_PERSONN)) && !(U(i + 1).f & W_WEEKDAY) &&
		    !word_is(c, i + 1, "again") && !word_is(c, i + 1, "twice") &&
		    !word_is(c, i + 1, "briefly") && !word_is(c, i + 1, "privately") &&
		    !word_is(c, i + 1, "separately") && !word_is(c, i + 1, "face") &&
		    !word_is(c, i + 1, "last") && !word_is(c, i + 1, "yesterday") &&
		    !word_is(c, i + 1, "today") && !word_is(c, i + 1, "earlier") &&
		    !word_is(c, i + 1, "later") && !word_is(c, i + 1, "behind") &&
		    !word_is(c, i + 1, "this") && !word_is(c, i + 1, "regularly"))
			return actor_follows(c, i, 3);
		return 1;
	}
	/*
	 * "has hosted several rounds of negotiations", "part of regular
	 * meetings": meetings in general, not one that can be dated.
	 */
	if ((f & (W_NOUN | W_WEAK)) && habitual(c, i))
		return 0;
	/* A party's own conference ("Labour's spring conference") has one side. */
	if (word_is(c, i, "conference") || word_is(c, i, "congress")) {
		for (k = i > 2 ? i - 2 : 0; k < i; k++)
			if (word_is(c, k, "party") || word_is(c, k, "annual") ||
			    word_is(c, k, "spring") || word_is(c, k, "autumn") ||
			    word_is(c, k, "summer") || word_is(c, k, "winter") ||
			    (U(k).kind == 'e' && U(k).poss &&
			    ent(c, k)->type == T_ORG))
				return 0;
		/* the thing, not the meeting: a conference centre, company, room */
		if (word_is(c, i + 1, "venue") || word_is(c, i + 1, "centre") ||
		    word_is(c, i + 1, "center") || word_is(c, i + 1, "hall") ||
		    word_is(c, i + 1, "call") || word_is(c, i + 1, "company") ||
		    word_is(c, i + 1, "room") || word_is(c, i + 1, "rooms") ||
		    word_is(c, i + 1, "organisers") ||
		    word_is(c, i + 1, "organizers") ||
		    word_is(c, i + 1, "season") || word_is(c, i + 1, "title") ||
		    word_is(c, i + 1, "stage") || word_is(c, i + 1, "floor"))
			return 0;
	}
	if (f & W_WEAK) {
		/* "talks about", "negotiations over": a verb or a topic, no meeting */
		if (i + 1 < c->nu && (U(i + 1).f & W_TOPIC) &&
		    !word_is(c, i, "talks") && !word_is(c, i, "negotiations"))
			return 0;
		if (word_is(c, i + 1, "about"))
			return 0;
		if (i + 1 < c->nu && (U(i + 1).f & W_WITH))
			return 1;
		if (i + 1 < c->nu && U(i + 1).kind == 'e')
			return 1;
		for (k = i, f = 0; k > 0 && k + 2 > i; ) {
			k--;
			if (U(k).kind == 'e' || U(i).hyph)
				return 1;
			/* "signed a deal at talks in Kenya" */
			if (U(k).f & (W_DET | W_HOLD | W_PLAN | W_MEDIATE |
			    W_TRIGGER | W_PARTICLE) ||
			    word_is(c, k, "a") || word_is(c, k, "an") ||
			    (word_is(c, k, "at") && k + 1 == i))
				return 1;
		}
		return 0;
	}
	return 1;
}

/* ---- status ---- */

/* A modal that does not count here: "political will", "due to the war", "May". */
static int
idle_modal(const struct meet_ctx *c, size_t k)
{
	unsigned char ch = (unsigned char)TXT(k)[0];

	if (ch >= 'A' && ch <= 'Z' && (word_is(c, k, "may") ||
	    word_is(c, k, "will")))
		return 1;
	if (word_is(c, k, "will") && (word_is(c, k + 1, "to") ||
	    (k > 0 && U(k - 1).kind == 'w' && !(U(k - 1).f & W_NEG) &&
	    (word_is(c, k - 1, "political") || word_is(c, k - 1, "good") ||
	    word_is(c, k - 1, "free") || word_is(c, k - 1, "strong")))))
		return 1;
	if (word_is(c, k, "due") || word_is(c, k, "set") ||
	    word_is(c, k, "agreed") || word_is(c, k, "agree") ||
	    word_is(c, k, "expected") || word_is(c, k, "plan"))
		return !(word_is(c, k + 1, "to") && k + 2 < c->nu &&
		    (U(k + 2).f & (W_TRIGGER | W_HOLD | W_PHRASAL) ||
		    word_is(c, k + 2, "be")));
	if (word_is(c, k, "next"))
		return !(word_is(c, k + 1, "week") || word_is(c, k + 1, "month") ||
		    word_is(c, k + 1, "year"));
	return 0;
}

/*
 * A verb of wanting after the trigger is the main verb of those who
 * met, not the status of their meeting: "the unions meeting X want ...".
 */
static int
wish_verb(const struct meet_ctx *c, size_t k)
{
	return word_is(c, k, "want") || word_is(c, k, "wants") ||
	    word_is(c, k, "hope") || word_is(c, k, "hopes") ||
	    word_is(c, k, "seek") || word_is(c, k, "seeks");
}

/* A meeting put off to a new date: "postponed until", "delayed to". */
static int
put_off(const struct meet_ctx *c, size_t k, size_t we)
{
	size_t q;

	if (!(word_is(c, k, "postponed") || word_is(c, k, "delayed") ||
	    word_is(c, k, "postpone") || word_is(c, k, "postpones")))
		return 0;
	for (q = k + 1; q < c->nu && q < k + 4; q++) {
		if (word_is(c, q, "until") || word_is(c, q, "till"))
			return 1;
		if ((word_is(c, q, "to") || word_is(c, q, "for")) &&
		    q + 1 < c->nu && ((U(q + 1).kind == 'e' &&
		    ent(c, q + 1)->type == T_DATE) || (U(q + 1).f & W_WEEKDAY) ||
		    word_is(c, q + 1, "next") || word_is(c, q + 1, "later")))
			return 1;
	}
	(void)we;
	return 0;
}

/* The clause at ws is what someone said: "X said (that) ...". */
static int
reported(const struct meet_ctx *c, size_t ws)
{
	if (ws > 0 && word_is(c, ws - 1, "that"))
		ws--;
	return ws > 0 && (U(ws - 1).f & W_REPORT);
}

/*
 * The status of the meeting of trigger i in window [ws, we); -1 when the
 * sentence says it did not happen ("never met", "did not meet").
 */
static int
status_of(const struct meet_ctx *c, size_t i, size_t ws, size_t we)
{
	size_t k, lo = i >= ws + 4 ? i - 4 : ws, hi = we < i + 6 ? we : i + 6;
	int refuse = 0;

	for (k = ws; k < hi; k++) {
		if (U(k).f & W_BOYCOTT)
			return ST_BOYCOTTED;
		if ((U(k).f & W_REFUSE) && k < i)
			refuse = 1;
	}
	if (refuse)
		return ST_BOYCOTTED;
	for (k = lo; k < i; k++)
		if ((U(k).f & W_NEG) && !word_is(c, k, "no") &&
		    !word_is(c, k, "without"))
			return -1;
	if (i > ws && word_is(c, i - 1, "no"))
		return -1;
	/* "will miss an address to the summit": its subject is not there */
	for (k = ws; k < i; k++)
		if (word_is(c, k, "miss") || word_is(c, k, "misses") ||
		    word_is(c, k, "missed"))
			return -1;
	/* "has no plans to meet", "no intention of meeting", "ruled out talks" */
	for (k = lo; k + 1 < i; k++)
		if ((word_is(c, k, "no") && ((U(k + 1).f & (W_PLAN | W_PROPOSE)) ||
		    word_is(c, k + 1, "intention") || word_is(c, k + 1, "question"))) ||
		    (word_is(c, k, "ruled") && word_is(c, k + 1, "out")))
			return -1;
	/*
	 * "postponed until March", "delayed to next week": put off, still
	 * to come; postponed with no new date, or called off, is cancelled.
	 */
	for (k = ws; k < we; k++)
		if (U(k).f & W_CANCEL)
			return put_off(c, k, we) ? ST_PLANNED : ST_CANCELLED;
	/* "ahead of the summit", "in the run-up to the talks": still to come */
	for (k = i >= ws + 6 ? i - 6 : ws; k + 1 < i; k++)
		if ((word_is(c, k, "ahead") && word_is(c, k + 1, "of")) ||
		    (word_is(c, k, "run") && U(k + 1).hyph &&
		    word_is(c, k + 1, "up")))
			return ST_PLANNED;
	/* The modal nearest before the trigger decides. */
	for (k = i + 1; k-- > ws;) {
		if (U(k).kind != 'w' || idle_modal(c, k))
			continue;
		/* "said he would travel for talks": the future of reported speech */
		if (word_is(c, k, "would") && reported(c, ws))
			return ST_PLANNED;
		if (U(k).f & W_PROPOSE)
			return ST_PROPOSED;
		if (U(k).f & W_PLAN)
			return ST_PLANNED;
	}
	/* "to be held", "is to meet": after the trigger */
	for (k = i + 1; k < hi; k++)
		if ((U(k).f & (W_PLAN | W_PROPOSE)) && !idle_modal(c, k) &&
		    !(U(k).f & W_OUTCOME) && !wish_verb(c, k))
			return U(k).f & W_PROPOSE ? ST_PROPOSED : ST_PLANNED;
	/*
	 * "July's summit in Gleneagles, chaired by X, will ...": the noun's
	 * own verb; "the summit begins on 16 December": its timetable.
	 */
	if (U(i).f & (W_NOUN | W_WEAK))
		for (k = i + 1; k < we && !(U(k).f & W_TRIGGER); k++)
			if (((U(i).f & W_NOUN) && k >= hi &&
			    (word_is(c, k, "will") || word_is(c, k, "shall"))) ||
			    word_is(c, k, "begins") || word_is(c, k, "starts") ||
			    word_is(c, k, "opens"))
				return ST_PLANNED;
	if (word_is(c, i + 1, "be") || (i > 0 && word_is(c, i - 1, "be") &&
	    i > 1 && word_is(c, i - 2, "to")))
		return ST_PLANNED;
	/* "is to visit", "are to meet": the future */
	if (i >= 2 && word_is(c, i - 1, "to") && (word_is(c, i - 2, "is") ||
	    word_is(c, i - 2, "are") || word_is(c, i - 2, "was") ||
	    word_is(c, i - 2, "were")))
		return ST_PLANNED;
	/* A headline's "X to meet Y" is the future. */
	if (i >= 2 && word_is(c, i - 1, "to") && U(i - 2).kind == 'e')
		return ST_PLANNED;
	return ST_HELD;
}

/* ---- places ---- */

struct placecand {
	struct idref id;
	int prio;
	size_t dist;
};

/*
 * A city in the state offered before, or a state whose city was offered:
 * "a visit to Iraq, where he met leaders in Baghdad" is in Baghdad,
 * however near the trigger "Iraq" stands.
 */
static int
finer_place(const struct idref *old, const char *s, size_t n, int *coarser)
{
	const struct actor *x, *y;

	*coarser = 0;
	if ((x = dict_get(old->s, old->n)) == NULL ||
	    (y = dict_get(s, n)) == NULL || x->country[0] == '\0' ||
	    strcmp(x->country, y->country) != 0 || x->type == y->type)
		return 0;
	*coarser = y->type == T_GPE;
	return x->type == T_GPE;
}

static void
place_offer(struct placecand *p, const char *s, size_t n, int prio,
    size_t dist)
{
	int coarser = 0, finer = 0;

	if (s == NULL || n == 0)
		return;
	if (p->id.s != NULL && prio == p->prio)
		finer = finer_place(&p->id, s, n, &coarser);
	if (p->id.s == NULL || prio > p->prio || finer ||
	    (prio == p->prio && dist < p->dist && !coarser)) {
		p->id.s = s;
		p->id.n = n;
		p->prio = prio;
		p->dist = dist;
	}
}

/*
 * How strongly the words before unit j say it is where the meeting is:
 * 2 after "in", "at", "to", "visited"; 1 for a bare name; 0 when it is
 * where someone is based or comes from.
 */
static int
place_prio(const struct meet_ctx *c, size_t j, size_t ws)
{
	size_t k = j;
	int d;

	if (j + 1 < c->nu && U(j + 1).hyph && (U(j + 1).f & W_BASED))
		return 0;	/* Gaza-based */
	if (j + 1 < c->nu && U(j + 1).kind == 'w' && (U(j + 1).f & W_PERSONN))
		return 0;	/* "Beijing ministers" are China, not a place */
	for (d = 0; d < 5 && k > ws; d++) {
		k--;
		if (U(k).kind == 'e') {
			if (ent(c, k)->type == T_GPE)
				continue;	/* "the Egyptian capital Cairo" */
			return 1;
		}
		if (U(k).kind != 'w')
			return 1;
		if (U(k).f & W_BASED)
			return 0;
		if (U(k).f & (W_IN | W_TO | W_VISIT)) {
			if (k > ws && (U(k - 1).f & W_BASED))
				return 0;
			if (word_is(c, k, "to") && !(k > ws &&
			    (U(k - 1).f & (W_VISIT | W_TRIGGER | W_INVITE |
			    W_MOTION))) && !preceded_by(c, k, ws, W_INVITE |
			    W_VISIT | W_MOTION, 6))
				return 1;
			return 2;
		}
		if (U(k).f & (W_DET | W_HOLD) || word_is(c, k, "capital") ||
		    word_is(c, k, "city") || word_is(c, k, "besieged") ||
		    word_is(c, k, "a") || word_is(c, k, "an"))
			continue;
		return 1;
	}
	return 1;
}

/* A state named by its adjective ("Egyptian", "Palestinian"), not its name. */
static int
demonym(const struct meet_ctx *c, size_t j)
{
	static const char *const suf[] = { "ian", "ean", "ese", "ish", "ic",
	    "i", "an", "ans", "is", "ch" };
	const struct entity *x = ent(c, j);
	const struct actor *a = dict_get(x->actor, x->actor_len);
	size_t n = LEN(j), sn, i;

	if (a != NULL && a->name != NULL && strlen(a->name) == n &&
	    memcmp(a->name, TXT(j), n) == 0)
		return 0;
	for (i = 0; i < sizeof(suf) / sizeof(suf[0]); i++) {
		sn = strlen(suf[i]);
		if (n > sn && memcmp(TXT(j) + n - sn, suf[i], sn) == 0)
			return 1;
	}
	return 0;
}

/* The entity after j, past an acronym in brackets that repeats j: "Palestinian Islamic Jihad (PIJ)". */
static size_t
next_entity(const struct meet_ctx *c, size_t j)
{
	size_t k = j + 1;

	if (k + 2 < c->nu && U(k).kind == '(' && U(k + 1).kind == 'e' &&
	    U(k + 2).kind == ')')
		k += 3;
	return k;
}

/*
 * An actor that only qualifies what follows is no side: the possessor in
 * "the Palestinian Authority's (PA) Fatah party", the acronym repeating
 * the name before it, the adjective of "the Palestinian factions" or "the
 * Palestinian people".
 */
static int
qualifier(const struct meet_ctx *c, size_t j)
{
	const struct entity *x = ent(c, j), *y;
	size_t k;

	if (j >= 2 && U(j - 1).kind == '(' && U(j - 2).kind == 'e' &&
	    (y = ent(c, j - 2))->actor_len == x->actor_len &&
	    memcmp(y->actor, x->actor, x->actor_len) == 0)
		return 1;
	k = next_entity(c, j);
	if (k < c->nu && U(k).kind == 'e' && ent(c, k)->type == T_ORG &&
	    (U(j).poss || (k > j + 1 && U(k - 2).poss)))
		return 1;
	if (x->type != T_GPE || !demonym(c, j))
		return 0;
	/* "Israeli and Palestinian security officials": as the last one goes */
	k = j + 1;
	if (k + 1 < c->nu && (word_is(c, k, "and") || word_is(c, k, "or") ||
	    U(k).kind == ',') && U(k + 1).kind == 'e' &&
	    ent(c, k + 1)->type == T_GPE && demonym(c, k + 1))
		return qualifier(c, k + 1);
	/* "Egyptian and Israeli military officers": "Israeli military" is a body */
	if (k + 1 < c->nu && word_is(c, k, "and") && U(k + 1).kind == 'e' &&
	    ent(c, k + 1)->type == T_ORG)
		return 0;
	/* "Egyptian security officials" are a side, "Palestinian factions" not */
	for (k = j + 1; k < c->nu && k < j + 4 && U(k).kind == 'w'; k++) {
		/* "the Colombian government" is Colombia; "Colombian rebels" not */
		if (U(k).f & (W_PERSONN | W_GOVT))
			return 0;
		if (U(k).f & (W_ON | W_IN | W_TO | W_WITH | W_BY | W_CLAUSE |
		    W_REPORT | W_TOPIC | W_DET | W_TRIGGER))
			break;
		if (TXT(k)[0] >= 'A' && TXT(k)[0] <= 'Z')
			return 0;
	}
	return k > j + 1;
}

/*
 * A group word stands for the sides only as the subject ("the two sides
 * met") or after "between", "with", "of" ("a meeting of the factions"),
 * not in what someone said after it.
 */
static int
group_role(const struct meet_ctx *c, size_t i, size_t j)
{
	size_t k = j;
	int d;

	if (j < i)
		return 1;
	for (d = 0; d < 4 && k > i; d++) {
		k--;
		if (U(k).kind == 'w' && ((U(k).f & W_WITH) ||
		    word_is(c, k, "of")))
			return 1;
		if (U(k).kind == 'e' || (U(k).kind == 'w' && (U(k).f &
		    (W_DET | W_GROUP))) || word_is(c, k, "all") ||
		    word_is(c, k, "two") || word_is(c, k, "three") ||
		    word_is(c, k, "other"))
			continue;
		return 0;
	}
	return 0;
}

/* ---- building a meeting from a trigger ---- */

struct cand {
	struct meeting m;
	struct idset hostonly;
	int anaphor, accomp, group;
	int groupn;		/* "the two sides": how many, 0 if not told */
	int separate;		/* "held separate talks": not the meeting told before */
	int objper;		/* a person named after the trigger */
	int refonly;		/* "spoke by phone to prepare the talks": a mention */
	int subjonly;		/* "X and Y met supporters": the people are one side */
	int multi;		/* the members of one international body */
	int unsided;		/* people whose side the text does not give */
	int officials;		/* people with a title but no state to it */
	int crowdpair;		/* an unnamed side and a person of no known side */
	size_t ws, we;
};

static void
take_date(struct meet_ctx *c, struct cand *k, const struct entity *x,
    int obj)
{
	struct date ref = c->a->date, out;
	const struct date *ev = c->last >= 0 ? &c->m[c->last].date : NULL;
	char norm[32];
	size_t n = x->actor_len < sizeof(norm) - 1 ? x->actor_len :
	    sizeof(norm) - 1;
	const char *t = c->a->text + x->start;
	size_t tn = x->end - x->start;

	memcpy(norm, x->actor, n);
	norm[n] = '\0';
	memset(&out, 0, sizeof(out));
	if (ev != NULL && ev->y == 0)
		ev = NULL;
	if (norm[0] == '+' && ev != NULL && tn > 6 &&
	    memcmp(t + tn - 5, "after", 5) == 0 && obj) {
		/*
		 * "The talks come two days after a meeting in Egypt": this
		 * meeting is the earlier one; and which talks "the talks"
		 * are is a guess, so only the month is kept.
		 */
		norm[0] = '-';
		if (date_shift(norm, ev, &out)) {
			k->m.date = out;
			k->m.date.d = 0;
		}
	} else if (norm[0] == '+') {
		/* "two days later": counted from the meeting told before */
		if (ev != NULL && date_shift(norm, ev, &out))
			k->m.date = out;
	} else if (strstr(norm, "-later") != NULL ||
	    strstr(norm, "-earlier") != NULL) {
		/* "days later": that meeting's month at best */
		if (ev != NULL && strncmp(norm, "days", 4) == 0) {
			k->m.date = *ev;
			k->m.date.d = 0;
		}
	} else {
		/* "two days earlier", "the previous day" chain to that meeting too */
		if (norm[0] == '-' && ev != NULL && ev->d != 0 &&
		    (memmem(t, tn, "earlier", 7) != NULL ||
		    memmem(t, tn, "before", 6) != NULL ||
		    memmem(t, tn, "previous", 8) != NULL))
			ref = *ev;
		/* "will meet on Monday": the Monday to come, not the one gone */
		if ((k->m.status == ST_PLANNED || k->m.status == ST_PROPOSED) &&
		    n > 3 && n + 5 < sizeof(norm) && strchr(norm, '-') == NULL &&
		    strcmp(norm + n - 3, "day") == 0) {
			memmove(norm + 5, norm, n + 1);
			memcpy(norm, "next-", 5);
		}
		if (date_resolve(norm, &ref, &out)) {
			/*
			 * "will travel to Brasilia in December" (in July): a
			 * month or day with no year, still to come, is the next
			 * one, not the last.
			 */
			if ((k->m.status == ST_PLANNED ||
			    k->m.status == ST_PROPOSED) && norm[0] == '-' &&
			    norm[1] == '-' && ref.y != 0 && out.m != 0 &&
			    (out.y * 12 + out.m < ref.y * 12 + ref.m ||
			    (out.y == ref.y && out.m == ref.m && out.d != 0 &&
			    out.d < ref.d)))
				out.y++;
			k->m.date = out;
		}
	}
	k->m.when_s = x->start;
	k->m.when_e = x->end;
}

static int
place_ok(const struct idref *a, const struct idref *b)
{
	const char *ca, *cb;
	const struct actor *x, *y;

	if (a->s == NULL || b->s == NULL)
		return 1;
	if (a->n == b->n && memcmp(a->s, b->s, a->n) == 0)
		return 1;
	/* A state and a city in it are the same place told at two precisions. */
	x = dict_get(a->s, a->n);
	y = dict_get(b->s, b->n);
	if (x == NULL || y == NULL)
		return 0;
	ca = x->country;
	cb = y->country;
	if (ca[0] == '\0' || strcmp(ca, cb) != 0)
		return 0;
	return x->type == T_GPE || y->type == T_GPE;
}

static int
date_ok(const struct date *a, const struct date *b)
{
	if (a->y == 0 || b->y == 0)
		return 1;
	if (a->y != b->y)
		return 0;
	if (a->m != 0 && b->m != 0 && a->m != b->m)
		return 0;
	return a->d == 0 || b->d == 0 || a->d == b->d;
}

static void
merge(struct meet_ctx *c, struct meeting *r, const struct cand *k)
{
	const struct actor *x;

	idset_union(&r->parties, &k->m.parties);
	idset_union(&r->people, &k->m.people);
	idset_union(&r->host, &k->m.host);
	r->flags |= k->m.flags & ~MF_GROUP;
	if (k->m.place.s != NULL && (r->place.s == NULL ||
	    ((x = dict_get(r->place.s, r->place.n)) != NULL &&
	    x->type == T_GPE && place_ok(&r->place, &k->m.place))))
		r->place = k->m.place;
	if (r->date.y == 0 && k->m.date.y != 0) {
		r->date = k->m.date;
		r->when_s = k->m.when_s;
		r->when_e = k->m.when_e;
	}
	if (r->out_e == 0 && k->m.out_e != 0) {
		r->out_s = k->m.out_s;
		r->out_e = k->m.out_e;
	}
	r->sentence = c->sentence;
}

/*
 * A state and the government of its own that speaks for it are one side:
 * "Israeli and Palestinian leaders" with "the Palestinian Authority" is
 * the PA, not the PA and Palestine. Such a government is an organisation
 * whose parent is the state and that side_of left as itself.
 */
static void
one_side_per_state(struct idset *set)
{
	const struct actor *a;
	int i;

	for (i = 0; i < set->n; i++) {
		if ((a = dict_get(set->v[i].s, set->v[i].n)) == NULL ||
		    a->type != T_ORG || a->parent == NULL)
			continue;
		if (idset_has(set, a->parent, strlen(a->parent)) &&
		    (a = dict_get(a->parent, strlen(a->parent))) != NULL &&
		    a->type == T_GPE) {
			idset_del(set, a->id, strlen(a->id));
			i = -1;		/* the set was reordered */
		}
	}
}

/*
 * Whether the people of k, with fewer than two sides known, still make
 * a meeting: no side known at all, or someone of no known side facing
 * the one side. A minister whose title names no state beside a state's
 * man ("Blair joined Home Secretary X") is of that same government; beside
 * a union or a party ("AFL-CIO President X met Labor Secretary Y") he is
 * the government it meets.
 */
static int
two_people(const struct cand *k)
{
	const struct actor *a;
	const struct idref *p = &k->m.parties.v[0];

	if (k->crowdpair)
		return k->m.parties.n == 1;
	if (k->m.people.n < 2 || k->subjonly)
		return 0;
	if (k->m.parties.n == 0 || k->unsided > 0)
		return 1;
	if (k->officials == 0)
		return 0;
	/* a state, or a body of one, is the government a minister serves */
	return (a = dict_get(p->s, p->n)) == NULL || (a->type != T_GPE &&
	    (a->parent == NULL || (a = dict_get(a->parent,
	    strlen(a->parent))) == NULL || a->type != T_GPE));
}

/* File the candidate: merge it into a record of the same meeting, or add it. */
static int
file_cand(struct meet_ctx *c, struct cand *k)
{
	struct meeting *r, *shunned = NULL;
	int i;

	one_side_per_state(&k->m.parties);
	if (k->accomp) {
		if (c->last < 0 || c->sentence - c->m[c->last].sentence > 2)
			return 0;
		merge(c, &c->m[c->last], k);
		one_side_per_state(&c->m[c->last].parties);
		return 1;
	}
	for (i = c->nm; i-- > 0;) {
		r = &c->m[i];
		if (!place_ok(&r->place, &k->m.place) ||
		    !date_ok(&r->date, &k->m.date))
			continue;
		/*
		 * "Syria rejected an invitation to the Cairo talks": who
		 * stays away from a meeting is no side of it.
		 */
		if (k->anaphor && k->m.status == ST_BOYCOTTED &&
		    r->status != ST_BOYCOTTED) {
			if (shunned == NULL)
				shunned = r;
			continue;
		}
		/* "they ended up attending the talks": not the boycott's record */
		if (k->anaphor && r->status == ST_BOYCOTTED &&
		    k->m.status != ST_BOYCOTTED)
			continue;
		if (k->anaphor && (k->m.parties.n < 2 ||
		    idset_sub(&k->m.parties, &r->parties)) &&
		    (i == c->last || (k->m.parties.n > 0 &&
		    idset_meets(&k->m.parties, &r->parties)) ||
		    (k->m.place.s != NULL && r->place.s != NULL))) {
			merge(c, r, k);
			one_side_per_state(&r->parties);
			c->last = i;
			return 1;
		}
		/* the same sides, but two other men: another meeting */
		if (r->status == k->m.status && k->m.parties.n >= 2 &&
		    !k->separate && !(k->m.people.n > 1 && r->people.n > 1 &&
		    !idset_meets(&k->m.people, &r->people)) &&
		    r->parties.n == k->m.parties.n &&
		    idset_sub(&k->m.parties, &r->parties)) {
			merge(c, r, k);
			one_side_per_state(&r->parties);
			c->last = i;
			return 1;
		}
	}
	/*
	 * "PIJ said it was boycotting the Cairo talks": a record of its own,
	 * where and when the talks it stays away from are.
	 */
	if (shunned != NULL && k->m.parties.n >= 1 && c->nm < MEET_MAX) {
		if (k->m.place.s == NULL)
			k->m.place = shunned->place;
		if (k->m.date.y == 0)
			k->m.date = shunned->date;
		/* what is told next ("they attended briefly") is of the talks */
		c->last = (int)(shunned - c->m);
		c->m[c->nm] = k->m;
		c->m[c->nm++].sentence = c->sentence;
		return 1;
	}
	if (k->refonly)
		return 0;
	/*
	 * Two named people meeting are a meeting though their sides are
	 * not known ("union leader X met Labor Secretary Y"); but two of one
	 * known side alone are that side talking to itself.
	 */
	if ((k->m.parties.n < 2 && !k->multi && !two_people(k)) ||
	    c->nm == MEET_MAX)
		return 0;
	c->m[c->nm] = k->m;
	c->m[c->nm].sentence = c->sentence;
	c->last = c->nm++;
	if (k->m.out_e == 0)
		c->pending = c->last;
	return 1;
}

/*
 * The one side of candidate k is an international body whose members
 * meet: its ministers, leaders or heads ("G7 finance ministers met",
 * "EU leaders opened a summit"), its summit or meeting ("the NATO
 * summit", "a meeting of OPEC"). A body of states has no country of its
 * own; a party, a movement or an NGO named so is no such body.
 */
static int
members_meet(const struct meet_ctx *c, size_t i, const struct cand *k)
{
	static const char *const member[] = { "ministers", "leaders", "heads",
	    "members", "states", "countries", "nations", "governments",
	    "envoys", "delegates", "premiers", "presidents", NULL };
	const struct entity *x;
	const struct actor *a;
	const char *name;
	size_t j, q;
	int m;

	for (j = k->ws; j < k->we; j++) {
		if ((x = ent(c, j)) == NULL || x->type != T_ORG)
			continue;
		if ((a = dict_get(x->actor, x->actor_len)) == NULL ||
		    a->country[0] != '\0' || a->type != T_ORG ||
		    !idset_has(&k->m.parties, x->actor, x->actor_len))
			continue;
		name = a->name != NULL ? a->name : "";
		if (strstr(name, "Party") != NULL || strstr(name, "Movement") ||
		    strstr(name, "State") != NULL)
			continue;
		/* "a summit of the African Union", "OPEC's meeting" */
		if ((j > i && j <= i + 3 && word_is(c, i + 1, "of")) ||
		    (j + 1 == i) || (j + 2 == i && U(j).poss))
			return 1;
		/* "Leaders of the Association of Southeast Asian Nations" */
		q = j >= 1 && (U(j - 1).f & W_DET) ? j - 1 : j;
		if (q >= 2 && word_is(c, q - 1, "of"))
			for (m = 0; member[m] != NULL; m++)
				if (word_is(c, q - 2, member[m]))
					return 1;
		for (q = j + 1; q < c->nu && q < j + 4 && U(q).kind == 'w'; q++) {
			if (q == i && (U(q).f & W_NOUN))
				return 1;
			for (m = 0; member[m] != NULL; m++)
				if (word_is(c, q, member[m]))
					return 1;
		}
	}
	return 0;
}

/* The number a word before a group word gives ("the two sides"), or 0. */
static int
count_word(const struct meet_ctx *c, size_t k)
{
	static const char *const num[] = { "two", "three", "four", "five",
	    "six", "seven", "eight", "nine", "ten", "both", NULL };
	int m;

	if (U(k).kind != 'w')
		return 0;
	for (m = 0; num[m] != NULL; m++)
		if (word_is(c, k, num[m]))
			return m == 9 ? 2 : m + 2;
	if (LEN(k) == 1 && TXT(k)[0] >= '2' && TXT(k)[0] <= '9')
		return TXT(k)[0] - '0';
	return 0;
}

/* Sides for a group mention ("the two sides"): the actors named nearby. */
static void
resolve_group(struct meet_ctx *c, struct cand *k)
{
	const struct entity *x;
	struct idset own = { .n = 0 };
	struct idref r;
	size_t j;
	int i;

	/*
	 * "The two sides first met in Oslo", "the five presidents agreed
	 * to meet again": the last meeting told with that many sides,
	 * however far back.
	 */
	/*
	 * "The two sides agreed to meet again, X told reporters after
	 * meeting Y": the sentence names them after the clause.
	 */
	idset_union(&own, &k->m.parties);
	for (j = k->we; j < c->nu; j++) {
		if ((x = ent(c, j)) == NULL || x->end <= c->dl_end)
			continue;
		if (x->type == T_PER)
			r = person_side(c, x);
		else if ((x->type == T_ORG || x->type == T_GPE) &&
		    !qualifier(c, j))
			r = side_of(x->actor, x->actor_len);
		else
			continue;
		add_side(&own, r);
	}
	if (own.n >= 2) {
		k->m.parties = own;
		return;
	}
	if (k->groupn >= 2)
		for (i = c->nm; i-- > 0;)
			if (c->m[i].parties.n == k->groupn) {
				idset_union(&k->m.parties, &c->m[i].parties);
				return;
			}
	/* "X and Y said ... after representatives met": named before the clause */
	for (j = 0; j < k->ws; j++) {
		if ((x = ent(c, j)) == NULL || (x->type != T_ORG &&
		    x->type != T_GPE))
			continue;
		if (j > 0 && (U(j - 1).f & (W_TOPIC | W_BASED | W_ON | W_IN)))
			continue;
		if (stray_with(c, j, 0) || qualifier(c, j))
			continue;
		r = side_of(x->actor, x->actor_len);
		if (!idset_has(&k->hostonly, r.s, r.n))
			add_side(&k->m.parties, r);
	}
	if (k->m.parties.n >= 2)
		return;
	if (c->last >= 0 && c->sentence - c->m[c->last].sentence <= 3)
		idset_union(&k->m.parties, &c->m[c->last].parties);
	else
		idset_union(&k->m.parties, &prev_sentence(c)->sides);
}

/* The outcome: what was agreed or discussed, from the word that says so. */
static int
find_outcome(const struct meet_ctx *c, size_t from, size_t *s, size_t *e,
    size_t send)
{
	const char *t = c->a->text;
	size_t k, end = send;

	for (k = from; k < c->nu; k++) {
		if (U(k).kind != 'w' || !(U(k).f & W_OUTCOME))
			continue;
		if ((U(k).f & W_PLAN) && !word_is(c, k, "agreed"))
			continue;
		while (end > U(k).s && strchr(" .\"", t[end - 1]) != NULL)
			end--;
		if (end >= 3 && memcmp(t + end - 3, "\xe2\x80\x9d", 3) == 0)
			end -= 3;
		*s = U(k).s;
		*e = end;
		return 1;
	}
	return 0;
}

#ifdef MEET_DEBUG
static void
debug_cand(const struct meet_ctx *c, size_t i, const struct cand *k, int st)
{
	int j;

	fprintf(stderr, "S%d trig=%.*s win=[%.*s] st=%d ana=%d grp=%d parties=",
	    c->sentence, (int)LEN(i), TXT(i), (int)(k->we > k->ws ?
	    (k->we < c->nu ? U(k->we).s : U(c->nu - 1).e) - U(k->ws).s : 0),
	    TXT(k->ws), st, k->anaphor, k->group);
	for (j = 0; j < k->m.parties.n; j++)
		fprintf(stderr, "%.*s,", (int)k->m.parties.v[j].n,
		    k->m.parties.v[j].s);
	fprintf(stderr, " place=%.*s\n", (int)k->m.place.n,
	    k->m.place.s ? k->m.place.s : "");
}
#else
#define debug_cand(c, i, k, st)
#endif

/*
 * Taking part is in a meeting only when one is told of: "attend the
 * annual summit"; or, with no object, a meeting named in this sentence or
 * the one before ("Also due to attend are ..."). Not "take part in
 * activities", "participate in EU-wide measures", "attend the funeral".
 */
static int
attend_ok(const struct meet_ctx *c, size_t i)
{
	size_t k = i + 1, j;
	int n;

	if (word_is(c, k, "part"))
		k++;
	while (k < c->nu && U(k).kind == 'w' && ((U(k).f & (W_IN | W_DET)) ||
	    word_is(c, k, "a") || word_is(c, k, "an")))
		k++;
	if (k < c->nu && (U(k).kind == 'e' || (U(k).kind == 'w' &&
	    !(U(k).f & (W_BY | W_CLAUSE | W_REPORT | W_PLAN | W_PROPOSE)) &&
	    !word_is(c, k, "are") && !word_is(c, k, "is")))) {
		/* an object: it must be a meeting */
		for (n = 0; k < c->nu && n < 4; k++, n++) {
			if (U(k).f & (W_NOUN | W_WEAK))
				return 1;
			if (U(k).kind != 'w' && U(k).kind != 'e')
				break;
		}
		return 0;
	}
	if (prev_sentence(c)->f & (W_NOUN | W_WEAK))
		return 1;
	for (j = 0; j < c->nu; j++)
		if (j != i && (U(j).f & (W_NOUN | W_WEAK)))
			return 1;
	return 0;
}

/*
 * Talks held "at Labour's spring conference", "at the TUC congress": the
 * body whose gathering is the venue of a meeting told before it is no
 * side of that meeting. A body of states (the EU, the Arab League) is
 * left alone: its summit is where its members meet.
 */
static int
venue_body(const struct meet_ctx *c, size_t i, size_t j)
{
	const struct entity *x = ent(c, j);
	const struct actor *a;
	size_t q;

	if (j <= i + 1 || (a = dict_get(x->actor, x->actor_len)) == NULL ||
	    a->country[0] == '\0')
		return 0;
	q = j - 1;
	if (U(q).kind == 'w' && (U(q).f & W_DET) && q > i + 1)
		q--;
	if (!word_is(c, q, "at"))
		return 0;
	for (q = j + 1; q < c->nu && q < j + 4 && U(q).kind == 'w'; q++)
		if (U(q).f & W_NOUN)
			return 1;
	return 0;
}

/*
 * A government building or body named as where they met ("at Downing
 * Street", "at the White House", "in the Kremlin", "at the Foreign
 * Ministry"): the capital of its state, which the dictionary gives
 * through the body's parents. None for a body of no state.
 */
static struct idref
seat_capital(const struct meet_ctx *c, size_t j, size_t ws)
{
	struct idref none = { NULL, 0 };
	const struct entity *x = ent(c, j);
	const struct actor *a;
	size_t q = j;
	int up;

	if (q > ws && (U(q - 1).f & W_DET))
		q--;
	if (q <= ws || !(word_is(c, q - 1, "at") || word_is(c, q - 1, "in")))
		return none;
	if ((a = dict_get(x->actor, x->actor_len)) == NULL || a->type != T_ORG)
		return none;
	for (up = 0; up < 3 && a != NULL && a->type != T_GPE; up++)
		a = a->parent == NULL ? NULL : dict_get(a->parent,
		    strlen(a->parent));
	if (a == NULL || a->type != T_GPE || a->capital == NULL)
		return none;
	none.s = a->capital;
	none.n = strlen(a->capital);
	return none;
}

/* ---- sides named by what they are ---- */

/*
 * The state the article names most often: the one "the government"
 * means when no dateline says it. Counted once per article, and only
 * for articles that need it.
 */
static struct idref
main_state(struct meet_ctx *c)
{
	const struct entities *es = c->a->ents;
	const struct actor *a;
	struct idref ids[32];
	int cnt[32], nid = 0, best = -1, i;
	size_t j;

	if (c->mainstate_done)
		return c->mainstate;
	c->mainstate_done = 1;
	for (j = 0; j < es->n; j++) {
		if (es->v[j].type != T_GPE || (a = dict_get(es->v[j].actor,
		    es->v[j].actor_len)) == NULL || a->type != T_GPE)
			continue;
		for (i = 0; i < nid; i++)
			if (ids[i].n == es->v[j].actor_len && memcmp(ids[i].s,
			    es->v[j].actor, ids[i].n) == 0)
				break;
		if (i == nid) {
			if (nid == 32)
				continue;
			ids[nid].s = es->v[j].actor;
			ids[nid].n = es->v[j].actor_len;
			cnt[nid++] = 0;
		}
		if (++cnt[i] > (best < 0 ? 0 : cnt[best]))
			best = i;
	}
	if (best >= 0)
		c->mainstate = ids[best];
	return c->mainstate;
}

/* Small words inside a noun phrase that are not part of a side's name. */
static int
np_filler(const struct meet_ctx *c, size_t k)
{
	static const char *const w[] = { "two", "three", "four", "five",
	    "six", "seven", "eight", "nine", "ten", "several", "some", "many",
	    "other", "all", "both", "key", "top", "senior", "leading", NULL };
	int n;

	if (U(k).kind != 'w')
		return 0;
	if (U(k).f & W_DET || word_is(c, k, "a") || word_is(c, k, "an") ||
	    (TXT(k)[0] >= '0' && TXT(k)[0] <= '9'))
		return 1;
	for (n = 0; w[n] != NULL; n++)
		if (word_is(c, k, w[n]))
			return 1;
	return 0;
}

/*
 * The unnamed side whose head word is j ("rebels", "government",
 * "opposition leaders"): its first unit in *start, its last in *end.
 * 0 when j is no head: "rebel" alone, "union leader X", "government
 * forces shelled".
 */
static int
unnamed_np(const struct meet_ctx *c, size_t j, size_t *start, size_t *end)
{
	size_t k = j, e = j;
	int nmod = 0;

	if (j + 1 < c->nu && U(j + 1).kind == 'w' && (U(j + 1).f &
	    (W_CROWD | W_GOVT)))
		return 0;
	if (j + 1 < c->nu && U(j + 1).kind == 'w' && (U(j + 1).f &
	    (W_PERSONN | W_GROUP)) && !(U(j + 1).f & W_CROWD))
		e = j + 1;	/* "rebel leaders", "government officials" */
	else if (!(U(j).f & W_GOVT) && TXT(j)[LEN(j) - 1] != 's' &&
	    !word_is(c, j, "opposition"))
		return 0;
	/* a named person carries the side: "union leader Lane Kirkland" */
	if (e + 1 < c->nu && U(e + 1).kind == 'e' &&
	    ent(c, e + 1)->type == T_PER)
		return 0;
	/* modifiers: "creditor banks", "public sector unions", "Colombian rebels" */
	while (k > 0 && nmod < 3) {
		if (U(k - 1).kind == 'e' && !U(k - 1).poss &&
		    ent(c, k - 1)->type == T_GPE && demonym(c, k - 1)) {
			k--;
			break;
		}
		/* "Communist guerrillas", "creditor banks": plain words */
		if (U(k - 1).kind != 'w' || U(k - 1).f != 0 || U(k).hyph ||
		    np_filler(c, k - 1) || word_is(c, k - 1, "and") ||
		    word_is(c, k - 1, "of") || word_is(c, k - 1, "mr") ||
		    !isalpha_((unsigned char)TXT(k - 1)[0]))
			break;
		k--;
		nmod++;
	}
	*start = k;
	*end = e;
	return 1;
}

/*
 * Whether the noun phrase [s, e] is a side of trigger i: its subject
 * ("the rebels held talks"), or after the trigger as its object or after
 * "with", "between", "and" ("met creditor banks", "talks between the
 * government and the rebels").
 */
static int
unnamed_role(const struct meet_ctx *c, size_t i, size_t s, size_t e,
    size_t ws)
{
	size_t k = s;

	while (k > ws && np_filler(c, k - 1))
		k--;
	if (e < i) {
		/* the subject: at the head of the clause, close to its verb */
		if (k > ws && !word_is(c, k - 1, "and") &&
		    U(k - 1).e > c->dl_end)
			return 0;
		if (i - e > 5)
			return 0;
		for (k = e + 1; k < i; k++)
			if (U(k).kind != 'w' || (U(k).f & (W_TOPIC | W_ON |
			    W_IN | W_TO | W_BY)))
				return 0;
		return 1;
	}
	if (k == 0 || s <= i)
		return 0;
	if (k - 1 == i)
		return (U(i).f & (W_MEETV | W_HOSTV | W_VISIT)) != 0;
	return U(k - 1).kind == 'w' && ((U(k - 1).f & W_WITH) ||
	    word_is(c, k - 1, "and"));
}

/* An id for an unnamed side, a slug of its words ("creditor-banks"), kept in c. */
static struct idref
unnamed_id(struct meet_ctx *c, size_t s, size_t e)
{
	struct idref r = { NULL, 0 };
	size_t k, n, q, at = c->slugn;
	const char *w;

	/* "opposition leaders" are the opposition */
	if (e > s && (U(e).f & (W_PERSONN | W_GROUP)) && !(U(e).f & W_CROWD))
		e--;
	for (k = s; k <= e; k++) {
		w = TXT(k);
		n = LEN(k);
		if (at + n + 1 >= sizeof(c->slug))
			return r;
		if (k > s)
			c->slug[at++] = '-';
		for (q = 0; q < n; q++) {
			unsigned char ch = (unsigned char)w[q];

			c->slug[at++] = (char)(ch >= 'A' && ch <= 'Z' ?
			    ch + 32 : ch);
		}
	}
	r.s = c->slug + c->slugn;
	r.n = at - c->slugn;
	c->slugn = at;
	return r;
}

/*
 * The state "the government" stands for: the state of the country
 * named as its adjective in this clause ("Colombian rebels ... the
 * government"), else the dateline's, else the one the article names most.
 */
static struct idref
govt_state(struct meet_ctx *c, size_t ws, size_t we)
{
	struct idref r;
	const struct entity *x;
	size_t k;

	for (k = ws; k < we; k++)
		if ((x = ent(c, k)) != NULL && x->type == T_GPE &&
		    demonym(c, k))
			return side_of(x->actor, x->actor_len);
	r = dateline_state(c);
	if (r.s != NULL)
		return r;
	return main_state(c);
}

/*
 * "the Luxembourg presidency", "the Dutch-held presidency", "Finland,
 * which holds the EU presidency": the state that chairs a body speaks
 * for that body, and is no side of its own at the body's summit.
 */
static int
presidency(const struct meet_ctx *c, size_t j)
{
	size_t q = j + 1;

	if (q < c->nu && U(q).hyph && word_is(c, q, "held"))
		q++;
	else if (q + 2 < c->nu && U(q).kind == ',' && word_is(c, q + 1,
	    "which") && (word_is(c, q + 2, "holds") || word_is(c, q + 2,
	    "held") || word_is(c, q + 2, "has")))
		for (q += 3; q < c->nu && q < j + 8 && U(q).kind != ',' &&
		    !word_is(c, q, "presidency"); q++)
			;
	return word_is(c, q, "presidency");
}

/*
 * "Labour MPs", "the parliamentary Labour party", "Tory backbenchers":
 * a party told as its own members, who meet as the party.
 */
static int
party_folk(const struct meet_ctx *c, size_t j)
{
	static const char *const folk[] = { "MPs", "members", "backbenchers",
	    "peers", "activists", "councillors", "party", "lawmakers" };
	size_t q;

	if (j > 0 && word_is(c, j - 1, "parliamentary"))
		return 1;
	for (q = 0; q < sizeof(folk) / sizeof(folk[0]); q++)
		if (word_is(c, j + 1, folk[q]))
			return 1;
	return 0;
}

/*
 * A party meeting its own: the sides are the party, told as its members,
 * and the state of that party's country, which only its people bring
 * ("Tony Blair will reassure Labour MPs at their meeting", "a meeting of
 * the parliamentary Labour party"). A leader and his MPs are one side;
 * the state named in words ("Labour MPs met French ministers") is not.
 */
static int
own_party(const struct meet_ctx *c, const struct cand *k,
    const struct entity *folk)
{
	const struct actor *p, *a;
	const struct idref *o;
	const struct entity *x;
	size_t j;

	if (k->m.parties.n != 2 || (p = dict_get(folk->actor,
	    folk->actor_len)) == NULL || p->country[0] == '\0')
		return 0;
	o = &k->m.parties.v[0];
	if (o->n == folk->actor_len && memcmp(o->s, folk->actor, o->n) == 0)
		o = &k->m.parties.v[1];
	if ((a = dict_get(o->s, o->n)) == NULL || a->type != T_GPE ||
	    strcmp(a->country, p->country) != 0)
		return 0;
	for (j = k->ws; j < k->we; j++)
		if ((x = ent(c, j)) != NULL && x->type != T_PER &&
		    x->actor_len == o->n && memcmp(x->actor, o->s, o->n) == 0)
			return 0;
	return 1;
}

/*
 * A side that speaks for a state: a state, a body of one (a ministry),
 * or a body of states. A party or a movement of one country is not; nor
 * is its leader in opposition, whose trip abroad meets no one by itself.
 */
static int
official_side(const struct cand *k)
{
	const struct actor *a, *p;
	int j;

	for (j = 0; j < k->m.parties.n; j++) {
		a = dict_get(k->m.parties.v[j].s, k->m.parties.v[j].n);
		if (a == NULL || a->type != T_ORG || a->country[0] == '\0')
			return 1;
		if (a->parent != NULL && (p = dict_get(a->parent,
		    strlen(a->parent))) != NULL && p->type == T_GPE)
			return 1;
	}
	return 0;
}

/*
 * After the visit word, the window tells of talks or of the leaders met
 * ("visit Canada for talks with its government"), not a visit alone.
 */
static int
talks_told(const struct meet_ctx *c, size_t i, size_t we)
{
	size_t q;

	for (q = i + 1; q < we; q++)
		if (U(q).kind == 'w' && ((U(q).f & (W_GOVT |
		    W_PERSONN)) || ((U(q).f & W_TRIGGER) &&
		    !(U(q).f & W_VISIT))))
			return 1;
	return 0;
}

/*
 * "The unions meeting Mr Prescott want ...": "meeting" after a noun and
 * before its object names the ones who are to meet, and the clause's
 * verb is in the present; no meeting is told as past, so it is still to
 * come. A past date in the window keeps it held.
 */
static int
present_participle(const struct meet_ctx *c, size_t i, size_t ws, size_t we)
{
	static const char *const be[] = { "is", "are", "was", "were", "be",
	    "been", "being" };
	static const char *const now[] = { "want", "wants", "say", "says",
	    "hope", "hopes", "are", "is", "plan", "plans", "urge", "urges",
	    "expect", "expects", "demand", "demands" };
	size_t q, w;

	if (!word_is(c, i, "meeting") || i == ws || U(i - 1).kind != 'w' ||
	    (U(i - 1).f & (W_DET | W_IN | W_TO | W_ON)))
		return 0;
	for (w = 0; w < sizeof(be) / sizeof(be[0]); w++)
		if (word_is(c, i - 1, be[w]))
			return 0;
	/* the object: a name, after a determiner or a title ("Mr", "Deputy Prime Minister") */
	for (q = i + 1; q < we && q < i + 5 && U(q).kind == 'w' &&
	    ((U(q).f & W_DET) || (TXT(q)[0] >= 'A' && TXT(q)[0] <= 'Z')); q++)
		;
	if (q >= we || U(q).kind != 'e')
		return 0;
	for (q++; q < we && U(q).kind != ','; q++)
		for (w = 0; w < sizeof(now) / sizeof(now[0]); w++)
			if (word_is(c, q, now[w]))
				return 1;
	return 0;
}

/*
 * "Two councillors who back Mr Flight met Mr Tanguay": the object of a
 * relative clause that tells who the subject is, before the meeting verb,
 * is no participant. Not "aides who accompanied X met Y", where X came
 * too, nor "X, who ...", whose clause tells of a named subject.
 */
static int
relative_object(const struct meet_ctx *c, size_t j, size_t ws, size_t i)
{
	size_t w, q;

	/* the relative word, with a noun before it and a verb after it */
	for (w = j; w > ws + 1;) {
		w--;
		if (U(w).kind == ',' || U(w).kind == 'e')
			return 0;
		if (word_is(c, w, "who") || word_is(c, w, "that"))
			break;
	}
	if (w <= ws || w + 1 >= j || !(word_is(c, w, "who") ||
	    word_is(c, w, "that")) || U(w - 1).kind != 'w' ||
	    (U(w - 1).f & W_REPORT) || U(w + 1).kind != 'w' ||
	    (U(w + 1).f & (W_TRIGGER | W_ACCOMP)))
		return 0;
	for (q = j + 1; q < i; q++)
		if (U(q).kind == ',')
			return 0;
	return 1;
}

/*
 * The "with" of trigger i that comes after the topic phrase closing its
 * window at we ("talks on trade with Japan"), or 0. The topic phrase is
 * short and has no verb, comma or clause of its own.
 */
static size_t
topic_with(const struct meet_ctx *c, size_t i, size_t we)
{
	size_t q;

	if (we >= c->nu || U(we).kind != 'w' || !(U(we).f & (W_ON | W_TOPIC)) ||
	    !(U(i).f & (W_WEAK | W_NOUN)) || word_is(c, i + 1, "with"))
		return 0;
	for (q = we + 1; q < c->nu && q < we + 8; q++) {
		if (U(q).kind != 'w' && U(q).kind != 'e')
			return 0;
		if (word_is(c, q, "with"))
			return q;
		if (U(q).kind == 'w' && (U(q).f & (W_CLAUSE | W_REPORT |
		    W_TRIGGER | W_OUTCOME | W_PLAN | W_PROPOSE | W_TO)))
			return 0;
	}
	return 0;
}

/*
 * The role of the name at j as the noun phrase after the word w tells
 * it (the phrase runs back over titles and names: "with Kenyan General
 * X"): 1 for "with X acting as", "with X as observer"; 2 for "the
 * mediation of X", "the auspices of X"; else 0.
 */
static int
np_role(const struct meet_ctx *c, size_t j, size_t ws, const char *w)
{
	size_t k = j, q;

	while (k > ws && (U(k - 1).kind == 'e' || (U(k - 1).kind == 'w' &&
	    TXT(k - 1)[0] >= 'A' && TXT(k - 1)[0] <= 'Z' &&
	    !(U(k - 1).f & (W_DET | W_WITH)))))
		k--;
	if (k == ws || !word_is(c, k - 1, w))
		return 0;
	if (word_is(c, k - 1, "of"))
		return k >= 2 && (U(k - 2).f & W_MEDIATE) ? 2 : 0;
	for (q = j + 1; q < c->nu && (U(q).kind == 'e' || (U(q).kind == 'w' &&
	    TXT(q)[0] >= 'A' && TXT(q)[0] <= 'Z')); q++)
		;
	return word_is(c, q, "acting") || word_is(c, q, "serving") ||
	    word_is(c, q, "as");
}

/*
 * A weekday that falls on the day the story was filed or the day before
 * or after ("BUENOS AIRES, July 29 - ... on Tuesday" in Tuesday's paper).
 */
static int
near_day(const struct meet_ctx *c, const struct entity *x)
{
	struct date ref = c->a->date, out;
	char norm[16];
	long d;

	if (ref.d == 0 || x->actor_len < 6 || x->actor_len >= sizeof(norm) ||
	    memcmp(x->actor + x->actor_len - 3, "day", 3) != 0 ||
	    memchr(x->actor, '-', x->actor_len) != NULL)
		return 0;
	memcpy(norm, x->actor, x->actor_len);
	norm[x->actor_len] = '\0';
	if (!date_resolve(norm, &ref, &out) || out.d == 0)
		return 0;
	d = (long)out.d - (long)ref.d;
	return out.y == ref.y && out.m == ref.m && d >= -1 && d <= 1;
}

/* "this [northern Tanzanian] town": the place the story is filed from */
static int
this_town(const struct meet_ctx *c, size_t j)
{
	static const char *const town[] = { "town", "city", "capital",
	    "village", "resort", "port", "city's", NULL };
	size_t k;
	int m;

	for (k = j + 1; k < c->nu && k < j + 5; k++) {
		if (U(k).kind != 'w' && U(k).kind != 'e')
			return 0;
		for (m = 0; town[m] != NULL; m++)
			if (word_is(c, k, town[m]))
				return 1;
	}
	return 0;
}

/*
 * The "he" or "she" who is the subject of trigger i: at the start of its
 * clause ws, or just before the verb ("where he met X", "he had met")
 * with no one named between; c->nu if none.
 */
static size_t
pronoun(const struct meet_ctx *c, size_t ws, size_t i)
{
	size_t q;

	if (ws < c->nu && (word_is(c, ws, "he") || word_is(c, ws, "she")))
		return ws;
	for (q = i; q-- > ws && q + 4 > i;) {
		if (U(q).kind != 'w')
			return c->nu;
		/* not "Annabella Holmes, whom he met when ...": a life story */
		if (word_is(c, q, "he") || word_is(c, q, "she"))
			return q > 0 && word_is(c, q - 1, "whom") ? c->nu : q;
	}
	return c->nu;
}

/*
 * The relative clause set off by commas between the subject and trigger
 * i ("Mubarak, who has hosted such talks before, is to attend"): its
 * commas in *rs and *re, or both 0.
 */
static void
relative_span(const struct meet_ctx *c, size_t ws, size_t i, size_t *rs,
    size_t *re)
{
	size_t j, q;

	*rs = *re = 0;
	for (j = ws; j + 1 < i; j++) {
		if (U(j).kind != ',' || !(word_is(c, j + 1, "who") ||
		    word_is(c, j + 1, "whose")))
			continue;
		for (q = j + 2; q < i && U(q).kind != ','; q++)
			;
		if (q < i) {
			*rs = j;
			*re = q;
		}
		return;
	}
}

/* Try trigger i of the sentence [s, e); 1 when the sentence is dealt with. */
static int
try_trigger(struct meet_ctx *c, size_t i, size_t s, size_t e)
{
	struct cand k;
	struct placecand pl;
	const struct entity *x, *datex = NULL;
	const struct actor *a;
	size_t j, datedist = 0, dist, q, datej = 0;
	struct idref r;
	size_t crowd[4][2], ns, ne, rs, re;
	const struct entity *folk = NULL;
	int st, prio, subject = -1, ncrowd = 0, govt = 0, shared, first = -1;
	size_t pr;

	memset(&k, 0, sizeof(k));
	memset(&pl, 0, sizeof(pl));
	k.ws = window_start(c, i);
	k.we = window_end(c, i);
	/*
	 * "Before visiting Israel, Mr Blair made a visit to Iraq": when the
	 * main clause tells a meeting of its own, the fronted clause ends at
	 * its comma and the main clause is read on its own.
	 */
	if (k.ws > 0 && U(k.ws - 1).kind == 'w' && (U(k.ws - 1).f & W_CLAUSE) &&
	    (q = fronted_comma(c, k.ws - 1, k.we)) > i) {
		for (j = q + 1; j < k.we && !(U(j).f & W_TRIGGER); j++)
			;
		if (j < k.we)
			k.we = q;
	}
	/*
	 * A second meeting in the sentence starts where the first one's
	 * clause ended; with no one named before its verb it shares the
	 * first one's subject: "X met A on the sidelines and held a
	 * separate meeting with B".
	 */
	shared = -1;
	if (c->tried_we > 0 && k.ws < c->tried_we && c->tried_we < i) {
		k.ws = c->tried_we;
		for (q = k.ws; q < i && U(q).kind != 'e'; q++)
			;
		if (q == i)
			shared = c->subj;
	}
	if ((st = status_of(c, i, k.ws, k.we)) < 0) {
		/*
		 * "X and Y have not met since their summit in Z last month":
		 * no meeting now, but the one it names was held, between the
		 * same two.
		 */
		q = k.we + 1;
		if (q < c->nu && (U(q).f & W_DET))
			q++;
		if (!word_is(c, k.we, "since") || q >= c->nu ||
		    !(U(q).f & (W_NOUN | W_WEAK)))
			return 1;
		i = q;
		k.we = window_end(c, i);
		st = ST_HELD;
	}
	k.m.status = st;
	k.m.ev_s = s;
	k.m.ev_e = e;
	k.accomp = (U(i).f & W_ACCOMP) != 0;
	k.separate = (i > 0 && word_is(c, i - 1, "separate")) ||
	    word_is(c, i + 1, "separately");
	if ((U(i).f & W_ATTEND) && !attend_ok(c, i))
		return 0;
	if (U(i).f & W_VISIT)
		k.m.flags |= MF_VISIT;
	if (U(i).f & (W_MEETV | W_NOUN))
		k.m.flags |= MF_STRONG;
	if (LEN(i) >= 8 && strncasecmp(TXT(i), "negotiat", 8) == 0)
		k.m.flags |= MF_NEGOT;
	/* "the meeting", "their talks", "Thursday's talks": told before */
	if (U(i).f & (W_NOUN | W_WEAK | W_ATTEND)) {
		for (j = i; j > k.ws && j + 3 > i;) {
			j--;
			if ((U(j).kind == 'w' && (U(j).f & W_DET)) ||
			    (U(j).kind == 'e' && U(j).poss))
				k.anaphor = 1;
		}
		if (U(i).f & W_ATTEND)
			k.anaphor = 1;
		/*
		 * "Monday's meeting of the Parliamentary Labour Party": the
		 * body named after it says whose meeting it is, a new one.
		 */
		q = word_is(c, i + 1, "of") ? i + 2 : 0;
		if (q > 0 && q < c->nu && (U(q).f & W_DET))
			q++;
		while (q > 0 && q < c->nu && q < i + 6 && U(q).kind == 'w' &&
		    TXT(q)[0] >= 'A' && TXT(q)[0] <= 'Z')
			q++;	/* "of the Parliamentary Labour Party" */
		if (q > 0 && q < c->nu && U(q).kind == 'e' &&
		    ent(c, q)->type == T_ORG && !(U(i).f & W_ATTEND))
			k.anaphor = 0;
	}
	relative_span(c, k.ws, i, &rs, &re);
	for (j = k.ws; j < k.we; j++) {
		dist = j > i ? j - i : i - j;
		/* ", who arrived on Friday," tells of another time and others */
		if (j > rs && j < re)
			continue;
		if (U(j).kind == 'w') {
			if ((U(j).f & W_GROUP) && group_role(c, i, j)) {
				k.group = 1;
				if (j > 0 && k.groupn == 0)
					k.groupn = count_word(c, j - 1);
			}
			if ((U(j).f & (W_CROWD | W_GOVT)) &&
			    unnamed_np(c, j, &ns, &ne) && ne < k.we &&
			    unnamed_role(c, i, ns, ne, k.ws)) {
				if (!(U(j).f & W_GOVT)) {
					if (ncrowd < 4) {
						crowd[ncrowd][0] = ns;
						crowd[ncrowd++][1] = ne;
					}
				} else if (U(ns).kind != 'e' && !(ns > 0 &&
				    U(ns - 1).kind == 'e'))
					govt = 1;	/* "the government", not "the Kohl government" */
			}
			/* "met X here on Tuesday": the dateline city; not "from here", "here is" */
			if (word_is(c, j, "here") && c->dateline.s != NULL &&
			    !(j > 0 && (U(j - 1).f & W_BASED)) &&
			    !word_is(c, j + 1, "is") && !word_is(c, j + 1, "are") &&
			    !word_is(c, j + 1, "was") && !word_is(c, j + 1, "were"))
				place_offer(&pl, c->dateline.s, c->dateline.n,
				    2, dist);
			/* "in this northern Tanzanian town": the dateline city too */
			if (word_is(c, j, "this") && c->dateline.s != NULL &&
			    j > 0 && (U(j - 1).f & W_IN) && this_town(c, j))
				place_offer(&pl, c->dateline.s, c->dateline.n,
				    2, dist);
			continue;
		}
		if ((x = ent(c, j)) == NULL)
			continue;
		/*
		 * "LAEKEN, Belgium (Reuters) -": where and when the story was
		 * filed, no side, and no date of the meeting ("TOKYO, Oct 3 -
		 * X will meet Y later this month" is not on October 3).
		 */
		if (x->end <= c->dl_end)
			continue;
		if (x->type == T_DATE) {
			if (datex == NULL || dist < datedist) {
				datex = x;
				datej = j;
				datedist = dist;
			}
			continue;
		}
		if (x->type == T_LOC) {
			/* a bare name is the place only as in "the Beirut talks" */
			if ((prio = place_prio(c, j, k.ws)) == 1 && dist > 2)
				prio = 0;
			/* "flew in from Jerusalem, where he had conferred with X" */
			if (j + 2 < i && U(j + 1).kind == ',' &&
			    word_is(c, j + 2, "where"))
				prio = 2;
			if (prio > 0)
				place_offer(&pl, x->actor, x->actor_len, prio,
				    dist);
			continue;
		}
		/* "Russia-hosted", "Egyptian-brokered": a host, not a side */
		if (j + 1 < c->nu && U(j + 1).hyph && (U(j + 1).f & (W_MEDIATE |
		    W_HOSTV))) {
			r = side_of(x->actor, x->actor_len);
			idset_add(&k.hostonly, r.s, r.n);
			k.m.flags |= MF_MEDIATE;
			continue;
		}
		if (j + 1 < c->nu && U(j + 1).hyph && (U(j + 1).f & W_BASED))
			continue;
		/* "hosted by Qatar", "mediated by Egypt" */
		if (j >= 2 && ((word_is(c, j - 1, "by") && (U(j - 2).f &
		    (W_MEDIATE | W_HOSTV))) || (j >= 3 && (U(j - 1).f & W_DET) &&
		    word_is(c, j - 2, "by") && (U(j - 3).f & (W_MEDIATE |
		    W_HOSTV))))) {
			r = x->type == T_PER ? person_side(c, x) :
			    side_of(x->actor, x->actor_len);
			idset_add(&k.hostonly, r.s, r.n);
			if (x->type == T_PER)
				idset_add(&k.m.people, x->actor, x->actor_len);
			k.m.flags |= MF_MEDIATE;
			continue;
		}
		if (stray_with(c, j, k.ws))
			continue;
		/* "with Norway acting as guarantor", "Chile as observer": a role at it */
		if (np_role(c, j, k.ws, "with") == 1)
			continue;
		/* "under the mediation of Tanzanian President X": the mediator */
		if (np_role(c, j, k.ws, "of") == 2) {
			r = x->type == T_PER ? titled_side(c, j, NULL) :
			    side_of(x->actor, x->actor_len);
			idset_add(&k.hostonly, r.s, r.n);
			if (x->type == T_PER)
				idset_add(&k.m.people, x->actor, x->actor_len);
			k.m.flags |= MF_MEDIATE;
			continue;
		}
		if (j < i && relative_object(c, j, k.ws, i))
			continue;
		if (x->type == T_ORG && venue_body(c, i, j))
			continue;
		/* "at Downing Street", "in the Kremlin": the capital */
		if (x->type == T_ORG && (r = seat_capital(c, j, k.ws)).s != NULL) {
			place_offer(&pl, r.s, r.n, 2, dist);
			continue;
		}
		if (x->type == T_GPE) {
			a = dict_get(x->actor, x->actor_len);
			if (word_is(c, j + 1, "capital") && a != NULL &&
			    a->capital != NULL) {
				if ((prio = place_prio(c, j, k.ws)) > 0)
					place_offer(&pl, a->capital,
					    strlen(a->capital), prio, dist);
				continue;
			}
			if (j + 1 < c->nu && U(j + 1).kind == 'e' &&
			    ent(c, j + 1)->type == T_LOC)
				continue;	/* "the Egyptian city of X" */
			/* "with visiting Thai Prime Minister X": a side, not where */
			q = j > k.ws + 1 && word_is(c, j - 1, "the") ? j - 1 : j;
			if (q > k.ws && q < j && (U(q - 1).f & W_VISIT) &&
			    !demonym(c, j)) {
				/* "will visit the United States" */
				place_offer(&pl, x->actor, x->actor_len, 2, dist);
				continue;
			}
			/* "flying from the United States, where he met X" */
			if (j + 2 < i && U(j + 1).kind == ',' &&
			    word_is(c, j + 2, "where") && !demonym(c, j)) {
				place_offer(&pl, x->actor, x->actor_len, 2, dist);
				continue;
			}
			if (j > k.ws && !demonym(c, j) &&
			    ((U(j - 1).f & (W_IN | W_BASED)) ||
			    ((U(j - 1).f & W_TO) && (preceded_by(c, j - 1,
			    k.ws, W_VISIT | W_INVITE | W_MOTION, 6) ||
			    (U(i).f & W_VISIT))) ||
			    (U(j - 1).f & W_VISIT))) {
				if (!(U(j - 1).f & W_BASED) && !(j >= 2 &&
				    (U(j - 2).f & W_BASED)))
					place_offer(&pl, x->actor, x->actor_len,
					    2, dist);
				continue;
			}
		}
		if (x->type == T_GPE && presidency(c, j))
			continue;
		if (x->type != T_PER && qualifier(c, j))
			continue;
		/* An outlet is a side only when it meets someone itself: "BBC executives met ..." */
		if (x->type == T_ORG && j < i && (U(i).f & W_MEETV) &&
		    i - j <= 3 && media(x->actor, x->actor_len)) {
			for (q = j + 1; q < i && U(q).kind == 'w'; q++)
				;
			if (q == i)
				idset_add(&k.m.parties, x->actor, x->actor_len);
			continue;
		}
		if (x->type == T_PER) {
			idset_add(&k.m.people, x->actor, x->actor_len);
			if (j > i)
				k.objper = 1;
			prio = 0;
			r = titled_side(c, j, &prio);
			if (r.s == NULL && !prio)
				k.unsided++;
			else if (r.s == NULL)
				k.officials++;
			add_side(&k.m.parties, r);
		} else {
			add_side(&k.m.parties, side_of(x->actor, x->actor_len));
			if (x->type == T_ORG && party_folk(c, j))
				folk = x;
		}
		if (j < i)
			subject = (int)j;
		if (j < i && first < 0)
			first = U(j).ent;
	}
	/*
	 * "held talks on the crisis in Syria with UN envoy X": the topic
	 * ended the window, but a "with" after it still names a side.
	 */
	if ((q = topic_with(c, i, k.we)) > 0)
		for (j = q + 1; j < c->nu && U(j).kind != ',' &&
		    U(j).kind != ';' && !(U(j).kind == 'w' && (U(j).f &
		    (W_CLAUSE | W_REPORT | W_TOPIC | W_ON | W_TO | W_IN |
		    W_TRIGGER))); j++) {
			if ((x = ent(c, j)) == NULL || (x->type != T_PER &&
			    x->type != T_ORG && x->type != T_GPE) ||
			    qualifier(c, j))
				continue;
			if (x->type == T_PER) {
				idset_add(&k.m.people, x->actor, x->actor_len);
				add_side(&k.m.parties, titled_side(c, j, NULL));
			} else
				add_side(&k.m.parties, side_of(x->actor,
				    x->actor_len));
		}
	if (shared >= 0) {
		x = &c->a->ents->v[shared];
		if (x->type == T_PER) {
			idset_add(&k.m.people, x->actor, x->actor_len);
			add_side(&k.m.parties, person_side(c, x));
		} else
			add_side(&k.m.parties, side_of(x->actor, x->actor_len));
	}
	/*
	 * "He will meet X", "Y said he would hold talks with X": the one
	 * who speaks, or the first person of the sentence before, whom
	 * news copy names first as its subject.
	 */
	if ((pr = pronoun(c, k.ws, i)) < c->nu) {
		x = NULL;
		if (pr == 0 && prev_sentence(c)->per >= 0)
			x = &c->a->ents->v[prev_sentence(c)->per];
		q = pr;
		if (q > 0 && word_is(c, q - 1, "that"))
			q--;
		/* the subject right before the verb: "X said", "the Iranian minister said" */
		if (q > 0 && (U(q - 1).f & W_REPORT))
			for (j = q - 1; j-- > 0 && j + 4 > q;) {
				if ((x = ent(c, j)) != NULL)
					break;
				if (!(U(j).f & W_PERSONN))
					break;
			}
		/*
		 * "Mr Chirac denied any snub and says he would be happy to
		 * meet X": the person the sentence is about, else the one the
		 * sentence before was about.
		 */
		for (j = 0; x == NULL && j < pr; j++)
			if ((x = ent(c, j)) != NULL && x->type != T_PER)
				x = NULL;
		if (x == NULL && prev_sentence(c)->per >= 0)
			x = &c->a->ents->v[prev_sentence(c)->per];
		if (x != NULL && x->type == T_PER) {
			idset_add(&k.m.people, x->actor, x->actor_len);
			add_side(&k.m.parties, person_side(c, x));
		} else if (x != NULL && x->type != T_DATE && x->type != T_LOC)
			add_side(&k.m.parties, side_of(x->actor, x->actor_len));
	}
	/* "at the invitation of X" */
	for (j = k.ws; j + 2 < k.we; j++)
		if (word_is(c, j, "invitation") && word_is(c, j + 1, "of") &&
		    (x = ent(c, j + 2)) != NULL && x->type != T_DATE) {
			r = x->type == T_PER ? person_side(c, x) :
			    side_of(x->actor, x->actor_len);
			idset_add(&k.m.host, r.s, r.n);
		}
	/* X hosted, received, invited Y: X is the host and a side */
	if (subject >= 0) {
		for (j = (size_t)subject + 1; j <= i && j < k.we; j++)
			/* not "Syria accepted (rejected) an invitation to the talks" */
			if ((U(j).f & (W_HOSTV | W_INVITE)) &&
			    !word_is(c, j + 1, "by") &&
			    !word_is(c, j, "invitation")) {
				x = ent(c, (size_t)subject);
				r = x->type == T_PER ? person_side(c, x) :
				    side_of(x->actor, x->actor_len);
				if (r.s != NULL && (U(j).f & W_HOSTV))
					k.m.flags |= MF_HOSTV;
				idset_add(&k.m.host, r.s, r.n);
				break;
			}
	}
	if (govt)
		add_side(&k.m.parties, govt_state(c, k.ws, k.we));
	/*
	 * "met creditor banks", "rebels held talks with the government": a
	 * side no dictionary names, kept by its words when it faces a known
	 * side. Two of them alone ("unions met employers") tell too little.
	 */
	if (ncrowd > 0 && (k.m.parties.n == 1 || (k.m.parties.n == 0 &&
	    k.m.people.n > 0))) {
		/* a named person of no known side is the other side */
		k.crowdpair = k.m.parties.n == 0;
		for (q = 0; q < (size_t)ncrowd; q++)
			add_side(&k.m.parties, unnamed_id(c, crowd[q][0],
			    crowd[q][1]));
	}
	for (j = 0; j < (size_t)k.hostonly.n; j++) {
		idset_del(&k.m.parties, k.hostonly.v[j].s, k.hostonly.v[j].n);
		idset_add(&k.m.host, k.hostonly.v[j].s, k.hostonly.v[j].n);
	}
	k.m.place = pl.id;
	/*
	 * "X and Y spoke by telephone on Wednesday to prepare the talks":
	 * a mention of talks told elsewhere; the date is the call's.
	 */
	if (k.anaphor && !(U(i).f & W_ATTEND))
		for (j = 0; j < i; j++)
			if (U(j).kind == 'w' && (U(j).f & W_REMOTE) &&
			    !word_is(c, j, "indirect")) {
				k.refonly = 1;
				datex = NULL;
				break;
			}
	/*
	 * "PEKING, Feb. 21 - Nixon met Mao today": a meeting of the day
	 * the story was filed, before or after, with no place of its own,
	 * is where the reporter files from.
	 */
	if (k.m.place.s == NULL && c->dateline.s != NULL && datex != NULL &&
	    (strncmp(datex->actor, "today", 5) == 0 ||
	    strncmp(datex->actor, "tonight", 7) == 0 ||
	    strncmp(datex->actor, "yesterday", 9) == 0 ||
	    strncmp(datex->actor, "tomorrow", 8) == 0 ||
	    near_day(c, datex)))
		k.m.place = c->dateline;
	/*
	 * "met X on the sidelines": of the summit told before, where that
	 * one was; a place named after it ("of the UN in New York") was
	 * read with the window.
	 */
	if (k.m.place.s == NULL && c->nm > 0)
		for (q = k.ws; q < c->nu && q < i + 12; q++)
			if (word_is(c, q, "sidelines") || word_is(c, q, "margins") ||
			    word_is(c, q, "sideline")) {
				for (j = (size_t)c->nm; j-- > 0;)
					if (c->m[j].place.s != NULL) {
						k.m.place = c->m[j].place;
						break;
					}
				break;
			}
	if (datex != NULL) {
		/* "N days after a meeting": a meeting word follows the date */
		for (q = datej + 1; q < c->nu && q < datej + 3 &&
		    (word_is(c, q, "a") || word_is(c, q, "an") ||
		    word_is(c, q, "the")); q++)
			;
		take_date(c, &k, datex, q < c->nu && (U(q).f & (W_NOUN |
		    W_WEAK)) != 0);
		/* "next week's summit", "talks tomorrow": still to come */
		if (k.m.status == ST_HELD && (strncmp(datex->actor, "next",
		    4) == 0 || strncmp(datex->actor, "tomorrow", 8) == 0 ||
		    strncmp(datex->actor, "later-this", 10) == 0))
			k.m.status = ST_PLANNED;
	}
	if (k.m.status == ST_HELD && datex == NULL && present_participle(c, i,
	    k.ws, k.we))
		k.m.status = ST_PLANNED;
	/* "OPEC oil ministers met", "the NATO summit": the members of one body */
	if (k.m.parties.n == 1 && (k.m.flags & MF_STRONG) && !k.accomp &&
	    members_meet(c, i, &k))
		k.multi = 1;
	if (k.m.parties.n < 2 && k.group && !k.accomp && !k.multi) {
		resolve_group(c, &k);
		for (j = 0; j < (size_t)k.hostonly.n; j++)
			idset_del(&k.m.parties, k.hostonly.v[j].s,
			    k.hostonly.v[j].n);
		if (k.m.parties.n >= 2)
			k.m.flags |= MF_GROUP;
	}
	/*
	 * A visit to another state's soil is a meeting with that state:
	 * "is to visit Egypt and Jordan" meets Egypt too.
	 */
	if ((k.m.flags & MF_VISIT) && k.m.place.s != NULL &&
	    k.m.parties.n >= 1 && (a = dict_get(k.m.place.s, k.m.place.n)) != NULL &&
	    a->country[0] != '\0' && (official_side(&k) ||
	    talks_told(c, i, k.we))) {
		for (j = 0; j < (size_t)k.m.parties.n; j++)
			if (strcmp(country_of(k.m.parties.v[j].s,
			    k.m.parties.v[j].n), a->country) == 0)
				break;
		if (j == (size_t)k.m.parties.n &&
		    (a = dict_by_iso3(a->country)) != NULL)
			idset_add(&k.m.parties, a->id, strlen(a->id));
	}
	/*
	 * "X and Y met supporters' representatives": the people named are
	 * the subject, one side; whom they met is no one named.
	 */
	k.subjonly = !k.objper && (U(i).f & W_MEETV) && (U(i).f & W_OBJECT) &&
	    actor_follows(c, i, 4);
	/* "The talks come after...": a reference that adds nothing */
	if (k.m.parties.n == 0 && k.m.people.n == 0)
		return 0;
	if (folk != NULL && own_party(c, &k, folk))
		return 1;
	c->tried_we = k.we;
	c->subj = shared >= 0 ? shared : first;
	find_outcome(c, i + 1, &k.m.out_s, &k.m.out_e, e);
	debug_cand(c, i, &k, st);
	return file_cand(c, &k);
}

/* ---- sentences ---- */

static void
remember_sides(struct meet_ctx *c)
{
	const struct entity *x;
	size_t j;

	c->prev_lazy.sides.n = 0;
	c->prev_lazy.per = -1;
	for (j = 0; j < c->nu; j++) {
		if ((x = ent(c, j)) != NULL && (x->type == T_ORG ||
		    x->type == T_GPE) && !qualifier(c, j))
			add_side(&c->prev_lazy.sides, side_of(x->actor,
			    x->actor_len));
		if (x != NULL && x->type == T_PER && c->prev_lazy.per < 0)
			c->prev_lazy.per = U(j).ent;
	}
}

/*
 * The sides, words and first person of the sentence before the one at
 * hand. Nearly every sentence with a trigger once read the sentence before
 * it in full, and few rules look at it: it is read on the first question,
 * into units of its own so the sentence's stay as they are. The context
 * is const to the rules that ask; what changes is only this cache of
 * what the text says, so the cast is safe (c is never a const object).
 */
static const struct prevsent *
prev_sentence(const struct meet_ctx *cc)
{
	struct meet_ctx *c = (struct meet_ctx *)(uintptr_t)cc;
	struct unit *u;
	size_t nu, cap;

	if (c->prev_read)
		return &c->prev_lazy;
	c->prev_read = 1;
	c->prev_lazy.f = 0;
	c->prev_lazy.sides.n = 0;
	c->prev_lazy.per = -1;
	if (c->prev_e > c->prev_s) {
		u = c->u;
		nu = c->nu;
		cap = c->ucap;
		c->u = c->pu;
		c->ucap = c->pucap;
		c->prev_lazy.f = tokenize(c, c->prev_s, c->prev_e);
		remember_sides(c);
		c->pu = c->u;
		c->pucap = c->ucap;
		c->u = u;
		c->nu = nu;
		c->ucap = cap;
	}
	return &c->prev_lazy;
}

static void
sentence(size_t s, size_t e, void *arg)
{
	struct meet_ctx *c = arg;
	uint64_t all;
	size_t i;
	int has, done;

	s += c->base;
	e += c->base;
	c->sentence++;
	while (c->tcur < c->ntrig && c->trig[c->tcur] < s)
		c->tcur++;
	has = c->tcur < c->ntrig && c->trig[c->tcur] < e;
	/* Most sentences have no meeting word: remember where they are and go on. */
	if (!has && c->pending < 0) {
		c->prev_s = s;
		c->prev_e = e;
		return;
	}
	c->prev_read = 0;
	all = tokenize(c, s, e);
	/* The outcome of a meeting is often told in the sentence after it. */
	if (c->pending >= 0) {
		struct meeting *m = &c->m[c->pending];

		if (m->out_e == 0 && (all & W_OUTCOME))
			find_outcome(c, 0, &m->out_s, &m->out_e, e);
		c->pending = -1;
	}
	c->tried_we = 0;
	c->subj = -1;
	for (i = 0, done = 0; has && i < c->nu; i++) {
		/* One clause, one meeting: its other words were seen with it. */
		if (i < c->tried_we)
			continue;
		/*
		 * After a meeting, only a verb of its own clause tells another:
		 * "the first summit since Carter met Brezhnev in Vienna".
		 */
		if (done && !(U(i).f & (W_MEETV | W_VISIT | W_HOSTV)))
			continue;
		if ((U(i).f & W_TRIGGER) && trigger_ok(c, i) &&
		    try_trigger(c, i, s, e))
			done = 1;
	}
	c->prev_s = s;
	c->prev_e = e;
}

/* The first pass: where the meeting words are. An article without one is done. */
static void
scan_triggers(struct meet_ctx *c)
{
	size_t nw = (c->a->n + 63) / 64;

	if (nw > c->maskcap) {
		c->maskcap = nw;
		c->mask = erealloc(c->mask, nw * sizeof(c->mask[0]));
	}
	c->ntrig = meetlex_scan(c->a->text, c->a->n, c->mask, &c->trig,
	    &c->trigcap);
	c->tcur = 0;
}

/* The end of a dateline whose dash or agency starts at off: past "(Reuters) -". */
static size_t
dateline_end(const char *t, size_t off, size_t n)
{
	size_t i, lim = off + 40 < n ? off + 40 : n;

	for (i = off; i < lim && t[i] != '\n'; i++) {
		if (t[i] == '-' && i + 1 < n && t[i + 1] == ' ')
			return i + 1;
		if (i + 3 <= n && (memcmp(t + i, "\xe2\x80\x94", 3) == 0 ||
		    memcmp(t + i, "\xe2\x80\x93", 3) == 0))
			return i + 3;
	}
	/* "HAVANA, Sept 16 (PTI) Prime Minister ...": no dash, the agency ends it */
	if (t[off] == '(') {
		for (i = off; i < lim && t[i] != '\n'; i++)
			if (t[i] == ')')
				return i + 1;
		return off;
	}
	return 0;
}

/*
 * The dateline city: a place named at the very start of the text and
 * followed by a dash or an agency's name ("BEIRUT (Reuters) -").
 */
static void
find_dateline(struct meet_ctx *c)
{
	const struct entities *ents = c->a->ents;
	const struct entity *x;
	const char *t = c->a->text, *p;
	size_t i, lim;

	c->dateline.s = NULL;
	c->dateline.n = 0;
	c->dl_end = 0;
	for (i = 0; i < ents->n && ents->v[i].start < 48; i++) {
		x = &ents->v[i];
		if (x->type != T_LOC && x->type != T_GPE)
			continue;
		lim = x->end + 40 < c->a->n ? x->end + 40 : c->a->n;
		for (p = t + x->end; p + 3 < t + lim && *p != '\n'; p++)
			if (*p == '(' || (p[0] == '-' && p[1] == ' ') ||
			    memcmp(p, "\xe2\x80\x94", 3) == 0 ||
			    memcmp(p, "\xe2\x80\x93", 3) == 0) {
				c->dateline.s = x->actor;
				c->dateline.n = x->actor_len;
				c->dl_end = dateline_end(t, (size_t)(p - t),
				    c->a->n);
				return;
			}
	}
}

/* Start of the paragraph holding offset off. */
static size_t
para_start(const char *t, size_t off)
{
	const char *p = off > 0 ? memrchr(t, '\n', off) : NULL;

	return p == NULL ? 0 : (size_t)(p - t) + 1;
}

/*
 * Split into sentences only the paragraphs with a meeting word, each with
 * the paragraph before it (a group word may point back there). A newline
 * always ends a sentence, so the sentences are those of the whole text;
 * a paragraph skipped counts as two sentences, so nothing reaches across
 * it as if it were next door.
 */
static void
split_paragraphs(struct meet_ctx *c)
{
	const char *t = c->a->text, *p;
	size_t n = c->a->n, i = 0, rs, re, done = 0;

	while (i < c->ntrig) {
		rs = para_start(t, c->trig[i]);
		while (rs > 0 && rs - 1 > done) {
			/* back over blank lines to the paragraph before */
			size_t q = rs - 1;

			while (q > done && (t[q - 1] == '\n' || t[q - 1] == '\r' ||
			    t[q - 1] == ' '))
				q--;
			rs = para_start(t, q);
			break;
		}
		if (rs < done)
			rs = done;
		re = c->trig[i];
		for (;;) {
			p = memchr(t + re, '\n', n - re);
			re = p == NULL ? n : (size_t)(p - t);
			while (i < c->ntrig && c->trig[i] < re)
				i++;
			if (i == c->ntrig || para_start(t, c->trig[i]) >
			    re + 1 + 2 * 80)
				break;
			re = c->trig[i];
		}
		if (rs > done) {
			c->sentence += 2;
			c->prev_s = c->prev_e = 0;
			c->pending = -1;
		}
		c->base = rs;
		text_sentences(t + rs, re - rs, sentence, c);
		done = re;
	}
	c->base = 0;
}

void
meet_article(struct meet_ctx *c, const struct meet_article *a)
{
	c->a = a;
	c->nm = 0;
	c->sentence = 0;
	c->last = -1;
	c->pending = -1;
	c->prev_read = 0;
	c->prev_s = c->prev_e = 0;
	c->mainstate.s = NULL;
	c->mainstate.n = 0;
	c->mainstate_done = 0;
	c->slugn = 0;
	scan_triggers(c);
	if (c->ntrig == 0)
		return;
	find_dateline(c);
	split_paragraphs(c);
}

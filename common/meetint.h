/*
 * meetint.h: what the files of the meeting analysis share (meeting.c,
 * meetunit.c, meetside.c, meetplace.c, meetclause.c) and nothing outside
 * them includes: the units of the sentence at hand and the words asked of
 * them, the candidate meeting a trigger builds, and the functions one
 * file asks of another.
 */
#ifndef MEETINT_H
#define MEETINT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "date.h"
#include "entity.h"
#include "meeting.h"

#define U(i)	(c->u[i])
#define TXT(i)	(c->a->text + c->u[i].s)
#define LEN(i)	(c->u[i].e - c->u[i].s)

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

static inline int
isalpha_(unsigned char ch)
{
	return alnum[ch];
}

/*
 * The key of a word of the rules of n bytes, as tokenize keeps a word's
 * (meetlex_word_key): its first eight bytes folded to lower case by bit
 * 5, read as a big-endian number. Spelt out byte by byte so that for a
 * string constant the compiler folds it to a constant too.
 */
#define KB(k)	(m > (k) ? (uint64_t)((unsigned char)w[k] | 0x20) << \
		    (8 * (m - 1 - (k))) : 0)
static inline uint64_t
lit_key(const char *w, size_t n)
{
	size_t m = n < 8 ? n : 8;

	return KB(0) | KB(1) | KB(2) | KB(3) | KB(4) | KB(5) | KB(6) | KB(7);
}
#undef KB

/*
 * Whether unit i is the word w, in any case. The rules ask this of nearly
 * every unit of a window, with w a string constant all but a few times:
 * then its length and key are constants, two compares with the unit's
 * decide, and the bytes past the eighth are compared only when those
 * agree. Folding by bit 5 matches as ASCII lower case does here: the
 * rules' words are ASCII letters (and one apostrophe), a unit's bytes
 * letters, digits or non-ASCII, and bit 5 makes no byte of those a letter
 * that was not one. Any other w is compared byte by byte (word_bytes).
 */
int word_bytes(const struct meet_ctx *c, size_t i, const char *w);

static inline __attribute__((always_inline)) int
word_is(const struct meet_ctx *c, size_t i, const char *w)
{
	if (__builtin_constant_p(strlen(w)))
		return i < c->nu && U(i).kind == 'w' && LEN(i) == strlen(w) &&
		    U(i).key == lit_key(w, strlen(w)) &&
		    (strlen(w) <= 8 || word_bytes(c, i, w));
	return word_bytes(c, i, w);
}

/* The index of word i in list (NULL at its end), -1 if it is none of them. */
static inline int
word_among(const struct meet_ctx *c, size_t i, const char *const *list)
{
	int m;

	for (m = 0; list[m] != NULL; m++)
		if (word_is(c, i, list[m]))
			return m;
	return -1;
}

static inline const struct entity *
ent(const struct meet_ctx *c, size_t i)
{
	return U(i).ent < 0 ? NULL : &c->a->ents->v[U(i).ent];
}

/* The best place offered for a meeting so far (meetplace.c). */
struct placecand {
	struct idref id;
	int prio;
	size_t dist;
};

/* The meeting a trigger tells of, before it is filed among the records. */
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
	int counterpart;	/* "his counterpart": the people face each other */
	size_t ws, we;
};

/* meetunit.c: the sentence cut into units */
uint64_t tokenize(struct meet_ctx *c, size_t s, size_t e);

/* meetside.c: sets of ids, sides and people */
/* dict_get, answered from a memo; actor_forget when the article changes. */
const struct actor *actor_of(const char *s, size_t n);
void actor_forget(void);
int idset_has(const struct idset *set, const char *s, size_t n);
void idset_add(struct idset *set, const char *s, size_t n);
void idset_union(struct idset *to, const struct idset *from);
void idset_del(struct idset *set, const char *s, size_t n);
int idset_sub(const struct idset *a, const struct idset *b);
int idset_meets(const struct idset *a, const struct idset *b);
int media(const char *s, size_t n);
struct idref side_of(const char *s, size_t n);
struct idref person_side(const struct meet_ctx *c, const struct entity *x);
void add_side(struct idset *set, struct idref r);
const char *country_of(const char *s, size_t n);
struct idref titled_side(const struct meet_ctx *c, size_t j, int *titled);
int demonym(const struct meet_ctx *c, size_t j);
int qualifier(const struct meet_ctx *c, size_t j);
int group_role(const struct meet_ctx *c, size_t i, size_t j);
int members_meet(const struct meet_ctx *c, size_t i, const struct cand *k);
int count_word(const struct meet_ctx *c, size_t k);
void resolve_group(struct meet_ctx *c, struct cand *k);
int unnamed_np(const struct meet_ctx *c, size_t j, size_t *start, size_t *end);
int unnamed_role(const struct meet_ctx *c, size_t i, size_t s, size_t e,
    size_t ws);
struct idref unnamed_id(struct meet_ctx *c, size_t s, size_t e);
struct idref govt_state(struct meet_ctx *c, size_t ws, size_t we);
int presidency(const struct meet_ctx *c, size_t j);
int party_folk(const struct meet_ctx *c, size_t j);
int own_party(const struct meet_ctx *c, const struct cand *k,
    const struct entity *folk);
int official_side(const struct cand *k);

/* meetplace.c: the place and date of a meeting, the dateline */
void place_offer(struct placecand *p, const char *s, size_t n, int prio,
    size_t dist);
int place_prio(const struct meet_ctx *c, size_t j, size_t ws);
int off_shore(const struct meet_ctx *c, size_t k);
int compass(const struct meet_ctx *c, size_t k);
void take_date(struct meet_ctx *c, struct cand *k, const struct entity *x,
    int obj);
int place_ok(const struct idref *a, const struct idref *b);
int date_ok(const struct date *a, const struct date *b);
int venue_body(const struct meet_ctx *c, size_t i, size_t j);
struct idref seat_capital(const struct meet_ctx *c, size_t j, size_t ws);
int near_day(const struct meet_ctx *c, const struct entity *x);
int this_town(const struct meet_ctx *c, size_t j);
void find_dateline(struct meet_ctx *c);

/* meetclause.c: the clause of a trigger, the checks it makes, the status */
size_t fronted_comma(const struct meet_ctx *c, size_t k, size_t end);
size_t window_start(const struct meet_ctx *c, size_t i);
size_t window_end(const struct meet_ctx *c, size_t i);
int preceded_by(const struct meet_ctx *c, size_t k, size_t lo, uint64_t flags,
    int max);
int stray_with(const struct meet_ctx *c, size_t j, size_t lo);
int actor_follows(const struct meet_ctx *c, size_t i, int n);
int trigger_ok(const struct meet_ctx *c, size_t i);
int passive_host(const struct meet_ctx *c, size_t i);
int attend_ok(const struct meet_ctx *c, size_t i);
int status_of(const struct meet_ctx *c, size_t i, size_t ws, size_t we);

/* meeting.c: the sentence before, read on first use */
const struct prevsent *prev_sentence(const struct meet_ctx *cc);

#endif

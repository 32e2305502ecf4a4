/*
 * meetside.c: who meets in extract-meetings: sets of actor ids, the side
 * an organisation or a person stands for (a ministry for its state, a
 * minister for the state his title names), news outlets that are no side,
 * names that only qualify others ("the Palestinian factions"), group
 * words ("the two sides") and sides no dictionary names ("rebels",
 * "creditor banks", "the government").
 */
#include <stdint.h>
#include <string.h>

#include "dict.h"
#include "hash.h"
#include "meetint.h"
#include "meetlex.h"
#include "util.h"

/* ---- the dictionary, by id ---- */

/*
 * The rules ask the dictionary after the same few ids again and again
 * (side_of, media, add_side for each side of each trigger), and an id is
 * a pointer into the article or into the dictionary that stays put while
 * the article is read. The answers are kept by pointer and length, in a
 * table whose slots a new article makes stale (actor_forget): a probe
 * costs a multiply and a compare, a lookup a hash of the id and a string
 * compare.
 */
#define MEMO	512
struct idmemo {
	const char *s;
	size_t n;
	const struct actor *a;
	int media;		/* media(s, n), -1 until asked */
	unsigned long gen;
};
static struct idmemo idmemo[MEMO];
static unsigned long idmemo_gen = 1;

static struct idmemo *
memo_of(const char *s, size_t n)
{
	struct idmemo *m = &idmemo[(size_t)(((uint64_t)(uintptr_t)s + n) *
	    UINT64_C(0x9E3779B97F4A7C15) >> 55) & (MEMO - 1)];

	if (m->gen != idmemo_gen || m->s != s || m->n != n) {
		m->s = s;
		m->n = n;
		m->a = dict_get(s, n);
		m->media = -1;
		m->gen = idmemo_gen;
	}
	return m;
}

const struct actor *
actor_of(const char *s, size_t n)
{
	return memo_of(s, n)->a;
}

void
actor_forget(void)
{
	idmemo_gen++;
}

/* ---- sets of ids ---- */

int
idset_has(const struct idset *set, const char *s, size_t n)
{
	int i;

	for (i = 0; i < set->n; i++)
		if (set->v[i].n == n && memcmp(set->v[i].s, s, n) == 0)
			return 1;
	return 0;
}

void
idset_add(struct idset *set, const char *s, size_t n)
{
	if (n == 0 || idset_has(set, s, n) || set->n == MEET_MAXIDS)
		return;
	set->v[set->n].s = s;
	set->v[set->n].n = n;
	set->n++;
}

void
idset_union(struct idset *to, const struct idset *from)
{
	int i;

	for (i = 0; i < from->n; i++)
		idset_add(to, from->v[i].s, from->v[i].n);
}

void
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
int
idset_sub(const struct idset *a, const struct idset *b)
{
	int i;

	for (i = 0; i < a->n; i++)
		if (!idset_has(b, a->v[i].s, a->v[i].n))
			return 0;
	return 1;
}

int
idset_meets(const struct idset *a, const struct idset *b)
{
	int i;

	for (i = 0; i < a->n; i++)
		if (idset_has(b, a->v[i].s, a->v[i].n))
			return 1;
	return 0;
}

/* ---- actors ---- */

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
media_of(const char *s, size_t n, const struct actor *a)
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

/* The answer is kept with the id's dictionary entry (memo_of). */
int
media(const char *s, size_t n)
{
	struct idmemo *m = memo_of(s, n);

	if (m->media < 0)
		m->media = media_of(s, n, m->a);
	return m->media;
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
struct idref
side_of(const char *s, size_t n)
{
	struct idref r = { s, n };
	const struct actor *a, *p;
	size_t pn;

	if ((a = actor_of(s, n)) == NULL || a->type != T_ORG ||
	    a->parent == NULL)
		return r;
	if ((p = actor_of(a->parent, strlen(a->parent))) == NULL ||
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
/*
 * The affiliation of x is the organisation named in the dateline:
 * "HAVANA (PTI) Prime Minister X" is the agency, whatever else the
 * dictionary knows by those letters.
 */
static int
dateline_org(const struct meet_ctx *c, const struct entity *x)
{
	const struct entities *es = c->a->ents;
	size_t i;

	if (c->dl_end == 0 || x->start > c->dl_end + 40)
		return 0;
	for (i = 0; i < es->n && es->v[i].end <= c->dl_end; i++)
		if (es->v[i].type == T_ORG && es->v[i].actor_len ==
		    x->affil_len && memcmp(es->v[i].actor, x->affil,
		    x->affil_len) == 0)
			return 1;
	return 0;
}

struct idref
person_side(const struct meet_ctx *c, const struct entity *x)
{
	struct idref none = { NULL, 0 };
	const struct entities *es = c->a->ents;
	const struct actor *a;
	size_t i;

	/*
	 * "KATHMANDU (PTI) Prime Minister X": the agency of the dateline
	 * taken for his side; the dictionary knows better, else no side.
	 */
	if (x->affil != NULL && x->affil_len > 0 &&
	    ((!media(x->affil, x->affil_len) && !dateline_org(c, x)) ||
	    x->start > c->dl_end + 40))
		return side_of(x->affil, x->affil_len);
	if ((a = actor_of(x->actor, x->actor_len)) != NULL &&
	    a->parent != NULL)
		return side_of(a->parent, strlen(a->parent));
	for (i = 0; i < es->n && es->v[i].start < x->start; i++)
		if (es->v[i].affil_len > 0 && es->v[i].actor_len ==
		    x->actor_len && memcmp(es->v[i].actor, x->actor,
		    x->actor_len) == 0)
			return side_of(es->v[i].affil, es->v[i].affil_len);
	return none;
}

void
add_side(struct idset *set, struct idref r)
{
	const struct actor *a;

	if (r.s == NULL)
		return;
	/* A place is never a side; a person is counted under people. */
	if ((a = actor_of(r.s, r.n)) != NULL && (a->type == T_LOC ||
	    a->type == T_PER))
		return;
	if (media(r.s, r.n))
		return;
	idset_add(set, r.s, r.n);
}

/* The country code of an actor, "" if none. */
const char *
country_of(const char *s, size_t n)
{
	const struct actor *a;

	if (s == NULL || (a = actor_of(s, n)) == NULL)
		return "";
	return a->country;
}

/* The state of the dateline city, or none. */
static struct idref
dateline_state(const struct meet_ctx *c)
{
	struct idref none = { NULL, 0 };
	const struct actor *a;

	if (c->dateline.s == NULL || (a = actor_of(c->dateline.s,
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
struct idref
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

/* A state named by its adjective ("Egyptian", "Palestinian"), not its name. */
int
demonym(const struct meet_ctx *c, size_t j)
{
	static const char *const suf[] = { "ian", "ean", "ese", "ish", "ic",
	    "i", "an", "ans", "is", "ch" };
	const struct entity *x = ent(c, j);
	const struct actor *a = actor_of(x->actor, x->actor_len);
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
int
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
int
group_role(const struct meet_ctx *c, size_t i, size_t j)
{
	size_t k = j;
	int d;

	if (j < i)
		return 1;
	for (d = 0; d < 4 && k > i; d++) {
		k--;
		/* "met both sides", "received the two delegations" */
		if (k == i)
			return (U(i).f & W_OBJECT) != 0;
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

/*
 * The one side of candidate k is an international body whose members
 * meet: its ministers, leaders or heads ("G7 finance ministers met",
 * "EU leaders opened a summit"), its summit or meeting ("the NATO
 * summit", "a meeting of OPEC"). A body of states has no country of its
 * own; a party, a movement or an NGO named so is no such body.
 */
int
members_meet(const struct meet_ctx *c, size_t i, const struct cand *k)
{
	static const char *const member[] = { "ministers", "leaders", "heads",
	    "members", "states", "countries", "nations", "governments",
	    "envoys", "delegates", "premiers", "presidents", NULL };
	const struct entity *x;
	const struct actor *a;
	const char *name;
	size_t j, q;

	for (j = k->ws; j < k->we; j++) {
		if ((x = ent(c, j)) == NULL || x->type != T_ORG)
			continue;
		if ((a = actor_of(x->actor, x->actor_len)) == NULL ||
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
		if (q >= 2 && word_is(c, q - 1, "of") &&
		    word_among(c, q - 2, member) >= 0)
			return 1;
		for (q = j + 1; q < c->nu && q < j + 4 && U(q).kind == 'w'; q++)
			if ((q == i && (U(q).f & W_NOUN)) ||
			    word_among(c, q, member) >= 0)
				return 1;
	}
	return 0;
}

/* The number a word before a group word gives ("the two sides"), or 0. */
int
count_word(const struct meet_ctx *c, size_t k)
{
	static const char *const num[] = { "two", "three", "four", "five",
	    "six", "seven", "eight", "nine", "ten", "both", NULL };
	int m;

	if (U(k).kind != 'w')
		return 0;
	if ((m = word_among(c, k, num)) >= 0)
		return m == 9 ? 2 : m + 2;
	if (LEN(k) == 1 && TXT(k)[0] >= '2' && TXT(k)[0] <= '9')
		return TXT(k)[0] - '0';
	return 0;
}

/* Sides for a group mention ("the two sides"): the actors named nearby. */
void
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
	else {
		idset_union(&k->m.parties, &prev_sentence(c)->sides);
		/* "the two leaders" after a sentence that names two */
		if (k->groupn >= 2 && prev_sentence(c)->people.n == k->groupn)
			idset_union(&k->m.people, &prev_sentence(c)->people);
	}
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
		if (es->v[j].type != T_GPE || (a = actor_of(es->v[j].actor,
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
	if (U(k).kind != 'w')
		return 0;
	return (U(k).f & W_DET) || word_is(c, k, "a") || word_is(c, k, "an") ||
	    (TXT(k)[0] >= '0' && TXT(k)[0] <= '9') || word_among(c, k, w) >= 0;
}

/*
 * The unnamed side whose head word is j ("rebels", "government",
 * "opposition leaders"): its first unit in *start, its last in *end.
 * 0 when j is no head: "rebel" alone, "union leader X", "government
 * forces shelled".
 */
int
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
int
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
struct idref
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
struct idref
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
int
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
int
party_folk(const struct meet_ctx *c, size_t j)
{
	if (j > 0 && word_is(c, j - 1, "parliamentary"))
		return 1;
	/* Spelt out, not a list: word_is then compares constants. */
	return word_is(c, j + 1, "MPs") || word_is(c, j + 1, "members") ||
	    word_is(c, j + 1, "backbenchers") || word_is(c, j + 1, "peers") ||
	    word_is(c, j + 1, "activists") ||
	    word_is(c, j + 1, "councillors") || word_is(c, j + 1, "party") ||
	    word_is(c, j + 1, "lawmakers");
}

/*
 * A party meeting its own: the sides are the party, told as its members,
 * and the state of that party's country, which only its people bring
 * ("Tony Blair will reassure Labour MPs at their meeting", "a meeting of
 * the parliamentary Labour party"). A leader and his MPs are one side;
 * the state named in words ("Labour MPs met French ministers") is not.
 */
int
own_party(const struct meet_ctx *c, const struct cand *k,
    const struct entity *folk)
{
	const struct actor *p, *a;
	const struct idref *o;
	const struct entity *x;
	size_t j;

	if (k->m.parties.n != 2 || (p = actor_of(folk->actor,
	    folk->actor_len)) == NULL || p->country[0] == '\0')
		return 0;
	o = &k->m.parties.v[0];
	if (o->n == folk->actor_len && memcmp(o->s, folk->actor, o->n) == 0)
		o = &k->m.parties.v[1];
	if ((a = actor_of(o->s, o->n)) == NULL || a->type != T_GPE ||
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
int
official_side(const struct cand *k)
{
	const struct actor *a, *p;
	int j;

	for (j = 0; j < k->m.parties.n; j++) {
		a = actor_of(k->m.parties.v[j].s, k->m.parties.v[j].n);
		if (a == NULL || a->type != T_ORG || a->country[0] == '\0')
			return 1;
		if (a->parent != NULL && (p = actor_of(a->parent,
		    strlen(a->parent))) != NULL && p->type == T_GPE)
			return 1;
	}
	return 0;
}

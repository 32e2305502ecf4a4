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
 *
 * This file holds the walk over an article and its sentences, the
 * candidate a trigger builds and its filing among the records; the units
 * are cut in meetunit.c, the sides found in meetside.c, places and dates
 * in meetplace.c, the clause and its status in meetclause.c (meetint.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "meeting.h"
#include "meetint.h"
#include "meetlex.h"
#include "text.h"
#include "util.h"

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

/* ---- filing a candidate among the records ---- */

static void
merge(struct meet_ctx *c, struct meeting *r, const struct cand *k)
{
	const struct actor *x;

	idset_union(&r->parties, &k->m.parties);
	idset_union(&r->people, &k->m.people);
	idset_union(&r->host, &k->m.host);
	r->flags |= k->m.flags & ~MF_GROUP;
	if (k->m.place.s != NULL && (r->place.s == NULL ||
	    ((x = actor_of(r->place.s, r->place.n)) != NULL &&
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
		if ((a = actor_of(set->v[i].s, set->v[i].n)) == NULL ||
		    a->type != T_ORG || a->parent == NULL)
			continue;
		if (idset_has(set, a->parent, strlen(a->parent)) &&
		    (a = actor_of(a->parent, strlen(a->parent))) != NULL &&
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
	/* "Foreign Minister X met his Emirati counterpart Y": two sides */
	if (k->counterpart)
		return 1;
	/* a state, or a body of one, is the government a minister serves */
	return (a = actor_of(p->s, p->n)) == NULL || (a->type != T_GPE &&
	    (a->parent == NULL || (a = actor_of(a->parent,
	    strlen(a->parent))) == NULL || a->type != T_GPE));
}

/* The sides of k but its hosts are those of r, two or more. */
static int
same_but_host(const struct cand *k, const struct meeting *r)
{
	int j, n = 0;

	for (j = 0; j < k->m.parties.n; j++) {
		if (idset_has(&k->m.host, k->m.parties.v[j].s,
		    k->m.parties.v[j].n))
			continue;
		if (!idset_has(&r->parties, k->m.parties.v[j].s,
		    k->m.parties.v[j].n))
			return 0;
		n++;
	}
	return n >= 2 && n == r->parties.n;
}

/* File the candidate: merge it into a record of the same meeting, or add it. */
static int
file_cand(struct meet_ctx *c, struct cand *k)
{
	struct meeting *r, *shunned = NULL;
	int i, j;

	/* a call about a meeting adds nothing to it: its sides are the call's */
	if (k->refonly)
		return 0;
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
		/*
		 * "Finnish President X welcomed the two leaders": the host
		 * of the meeting of those two, told before.
		 */
		if (r->status == k->m.status && k->group &&
		    (k->m.flags & MF_HOSTV) && same_but_host(k, r)) {
			for (j = 0; j < k->m.host.n; j++)
				idset_del(&k->m.parties, k->m.host.v[j].s,
				    k->m.host.v[j].n);
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

/* ---- building a meeting from a trigger ---- */

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
	    "been", "being", NULL };
	static const char *const now[] = { "want", "wants", "say", "says",
	    "hope", "hopes", "are", "is", "plan", "plans", "urge", "urges",
	    "expect", "expects", "demand", "demands", NULL };
	size_t q;

	if (!word_is(c, i, "meeting") || i == ws || U(i - 1).kind != 'w' ||
	    (U(i - 1).f & (W_DET | W_IN | W_TO | W_ON)))
		return 0;
	if (word_among(c, i - 1, be) >= 0)
		return 0;
	/* the object: a name, after a determiner or a title ("Mr", "Deputy Prime Minister") */
	for (q = i + 1; q < we && q < i + 5 && U(q).kind == 'w' &&
	    ((U(q).f & W_DET) || (TXT(q)[0] >= 'A' && TXT(q)[0] <= 'Z')); q++)
		;
	if (q >= we || U(q).kind != 'e')
		return 0;
	for (q++; q < we && U(q).kind != ','; q++)
		if (word_among(c, q, now) >= 0)
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
static inline int
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

/*
 * Entity x, speaking for side r, hosts or mediates: it is no side of the
 * talks, but a person stays among the people who met.
 */
static void
add_mediator(struct cand *k, const struct entity *x, struct idref r)
{
	idset_add(&k->hostonly, r.s, r.n);
	if (x->type == T_PER)
		idset_add(&k->m.people, x->actor, x->actor_len);
	k->m.flags |= MF_MEDIATE;
}

/*
 * Entity j after trigger i names a side of a call, not of the meeting:
 * the "with" or "between" nearest before it follows "call" or
 * "conversation" ("after a phone call between X and Y").
 */
static int
call_with(const struct meet_ctx *c, size_t i, size_t j)
{
	size_t q;

	for (q = j; q-- > i + 1;) {
		if (U(q).kind != 'w' || !(U(q).f & W_WITH))
			continue;
		return word_is(c, q - 1, "call") || word_is(c, q - 1, "calls") ||
		    word_is(c, q - 1, "conversation");
	}
	return 0;
}

/*
 * Entity j goes on the noun phrase of entity m before it: only titles,
 * "and" and commas between ("AU envoy X and Ethiopian envoy Y").
 */
static int
same_np(const struct meet_ctx *c, size_t m, size_t j)
{
	size_t q;

	for (q = m + 1; q < j; q++) {
		if (U(q).kind == ',' || U(q).kind == 'e')
			continue;
		if (U(q).kind != 'w' || !((U(q).f & (W_PERSONN | W_DET)) ||
		    word_is(c, q, "and") || (TXT(q)[0] >= 'A' &&
		    TXT(q)[0] <= 'Z')))
			return 0;
	}
	return 1;
}

/* Unit k is a verb of mediating: "brokered", "mediates", "chairs". */
static int
mediate_verb(const struct meet_ctx *c, size_t k)
{
	return word_is(c, k, "mediated") || word_is(c, k, "mediates") ||
	    word_is(c, k, "brokered") || word_is(c, k, "brokers") ||
	    word_is(c, k, "chairs") || word_is(c, k, "chaired") ||
	    word_is(c, k, "sponsored") || word_is(c, k, "facilitated");
}

/*
 * "will travel to Berlin on Thursday to consult X", "is due to fly to
 * Paris on Monday for talks": the verb of going in the clause of trigger
 * i, right before its "to" or "for"; c->nu if none.
 */
static size_t
motion_before(const struct meet_ctx *c, size_t i)
{
	size_t q;

	if (i >= 3 && (word_is(c, i - 1, "a") || word_is(c, i - 1, "an") ||
	    word_is(c, i - 1, "the")))
		i--;		/* "for a summit" */
	if (i < 2 || !(word_is(c, i - 1, "to") || word_is(c, i - 1, "for")))
		return c->nu;
	for (q = i - 1; q-- > 0 && q + 12 > i;) {
		if (U(q).kind == 'w' && (U(q).f & W_MOTION))
			return q;
		if (U(q).kind == ';' || (U(q).kind == 'w' && (U(q).f &
		    (W_CLAUSE | W_REPORT | W_TRIGGER))))
			return c->nu;
	}
	return c->nu;
}

/* The sentence says "here", not "from here". */
static int
said_here(const struct meet_ctx *c)
{
	size_t j;

	for (j = 0; j < c->nu; j++)
		if (word_is(c, j, "here") && !(j > 0 && (U(j - 1).f & W_BASED)))
			return 1;
	return 0;
}

/* Unit k opens a clause of time: "when", "after", "before", "while". */
static int
time_clause(const struct meet_ctx *c, size_t k)
{
	return word_is(c, k, "when") || word_is(c, k, "after") ||
	    word_is(c, k, "before") || word_is(c, k, "while");
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
	int passive;
	size_t medj = 0, mq;
	size_t pr;

	memset(&k, 0, sizeof(k));
	memset(&pl, 0, sizeof(pl));
	passive = (U(i).f & W_HOSTV) && passive_host(c, i);
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
	/* "is due to fly to Paris for talks": the going tells the status */
	if ((mq = motion_before(c, i)) < c->nu &&
	    (st = status_of(c, mq, window_start(c, mq), i)) < 0)
		return 1;
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
			if (word_is(c, j, "counterpart"))
				k.counterpart = 1;
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
		/* "was received by (Swiss President) X": X hosts and is a side */
		if (passive == 1 && j > i + 1 && j < i + 5) {
			passive = 2;
			r = x->type == T_PER ? titled_side(c, j, NULL) :
			    side_of(x->actor, x->actor_len);
			idset_add(&k.m.host, r.s, r.n);
		}
		/* "hosted by Qatar", "mediated by Egypt" */
		else if ((j >= 2 && ((word_is(c, j - 1, "by") && (U(j - 2).f &
		    (W_MEDIATE | W_HOSTV))) || (j >= 3 && (U(j - 1).f & W_DET) &&
		    word_is(c, j - 2, "by") && (U(j - 3).f & (W_MEDIATE |
		    W_HOSTV))))) || (medj > 0 && same_np(c, medj, j))) {
			/* "brokered by AU envoy X and Ethiopian envoy Y": all of them */
			medj = j;
			add_mediator(&k, x, x->type == T_PER ?
			    person_side(c, x) : side_of(x->actor, x->actor_len));
			continue;
		}
		if (stray_with(c, j, k.ws))
			continue;
		/* "the meeting came after a phone call between X and Y": the call's */
		if (j > i && call_with(c, i, j))
			continue;
		/* "with Norway acting as guarantor", "Chile as observer": a role at it */
		if (np_role(c, j, k.ws, "with") == 1)
			continue;
		/* "under the mediation of Tanzanian President X": the mediator */
		if (np_role(c, j, k.ws, "of") == 2) {
			add_mediator(&k, x, x->type == T_PER ?
			    titled_side(c, j, NULL) : side_of(x->actor, x->actor_len));
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
			a = actor_of(x->actor, x->actor_len);
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
			/* "a trip to the United Arab Emirates", "in northern Iraq" */
			q = j > k.ws + 1 && (word_is(c, j - 1, "the") ||
			    compass(c, j - 1)) ? j - 1 : j;
			if (j > k.ws && !demonym(c, j) &&
			    ((U(j - 1).f & (W_IN | W_BASED)) ||
			    (q < j && (U(q - 1).f & W_IN)) ||
			    off_shore(c, j - 1) ||
			    ((U(q - 1).f & W_TO) && (preceded_by(c, q - 1,
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
		if (x->type == T_ORG && media(x->actor, x->actor_len)) {
			for (q = j + 1; q < i && U(q).kind == 'w'; q++)
				;
			if (j < i && (U(i).f & W_MEETV) && i - j <= 3 && q == i)
				idset_add(&k.m.parties, x->actor, x->actor_len);
			continue;	/* "HAVANA, Sept 16 (PTI) ...": the source */
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
	/*
	 * "X and Y settled it when they met in Z", "X and Y said ... after
	 * three hours of talks": a clause of time that names no one tells
	 * of the sides of the main clause before it.
	 */
	if (k.m.parties.n == 0 && k.m.people.n == 0 && !k.anaphor &&
	    k.ws > 1 && time_clause(c, k.ws - 1))
		for (j = 0; j + 1 < k.ws; j++) {
			if ((x = ent(c, j)) == NULL || x->end <= c->dl_end)
				continue;
			/* "signed an accord in X on Monday after talks" */
			if (x->type == T_DATE && datex == NULL) {
				datex = x;
				datej = j;
				datedist = k.ws - j;
			}
			if (x->type == T_LOC && (prio = place_prio(c, j,
			    0)) > 1)
				place_offer(&pl, x->actor, x->actor_len, prio,
				    k.ws - j);
			if ((x->type != T_PER && x->type != T_ORG &&
			    x->type != T_GPE) || qualifier(c, j) ||
			    (j > 0 && (U(j - 1).f & (W_TOPIC | W_BASED))))
				continue;
			if (x->type == T_PER) {
				idset_add(&k.m.people, x->actor, x->actor_len);
				add_side(&k.m.parties, person_side(c, x));
			} else
				add_side(&k.m.parties, side_of(x->actor,
				    x->actor_len));
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
		for (j = (size_t)subject + 1; j <= i && j < k.we; j++) {
			/* "Norway, which brokered the talks", "X, who chairs them": host alone */
			if (j < i && mediate_verb(c, j) && !word_is(c, j + 1,
			    "by")) {
				x = ent(c, (size_t)subject);
				r = x->type == T_PER ? person_side(c, x) :
				    side_of(x->actor, x->actor_len);
				if (r.s != NULL)
					idset_add(&k.hostonly, r.s, r.n);
				k.m.flags |= MF_MEDIATE;
				break;
			}
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
	/* "will travel to Berlin on Thursday to consult X": where he goes */
	if (pl.id.s == NULL && mq < c->nu)
		for (j = mq + 1; j + 1 < i; j++)
			if ((U(j).f & W_TO) && (x = ent(c, j + 1)) != NULL &&
			    (x->type == T_LOC || (x->type == T_GPE &&
			    !demonym(c, j + 1)))) {
				place_offer(&pl, x->actor, x->actor_len, 2,
				    i - j);
				break;
			}
	k.m.place = pl.id;
	/*
	 * "Modi arrived here on a visit to Nepal": the city of the
	 * dateline, in that state, is the finer place.
	 */
	if (k.m.place.s != NULL && c->dateline.s != NULL &&
	    (a = actor_of(k.m.place.s, k.m.place.n)) != NULL &&
	    a->type == T_GPE && strcmp(country_of(c->dateline.s,
	    c->dateline.n), a->country) == 0 && said_here(c))
		k.m.place = c->dateline;
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
		/*
		 * "BEIJING, Feb. 20 - Wen will meet X on Tuesday": the day
		 * after the filing, where the reporter is, as with "today".
		 */
		if (k.m.place.s == NULL && c->dateline.s != NULL &&
		    k.m.status == ST_PLANNED && datex->actor_len > 3 &&
		    memcmp(datex->actor + datex->actor_len - 3, "day", 3) == 0 &&
		    k.m.date.y == c->a->date.y && k.m.date.m == c->a->date.m &&
		    c->a->date.d > 0 && k.m.date.d == c->a->date.d + 1)
			k.m.place = c->dateline;
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
	    k.m.parties.n >= 1 &&
	    (a = actor_of(k.m.place.s, k.m.place.n)) != NULL &&
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
	c->prev_lazy.people.n = 0;
	c->prev_lazy.per = -1;
	for (j = 0; j < c->nu; j++) {
		if ((x = ent(c, j)) != NULL && (x->type == T_ORG ||
		    x->type == T_GPE) && !qualifier(c, j))
			add_side(&c->prev_lazy.sides, side_of(x->actor,
			    x->actor_len));
		/* "X and Irish premier Y ... The two leaders met": X's side too */
		if (x != NULL && x->type == T_PER && x->end > c->dl_end) {
			add_side(&c->prev_lazy.sides, person_side(c, x));
			idset_add(&c->prev_lazy.people, x->actor,
			    x->actor_len);
		}
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
const struct prevsent *
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
	c->prev_lazy.people.n = 0;
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
	c->sflags = all;
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
#ifdef MEET_DEBUG
		if (U(i).f & W_TRIGGER)
			fprintf(stderr, "S%d word=%.*s ok=%d\n", c->sentence,
			    (int)LEN(i), TXT(i), trigger_ok(c, i));
#endif
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
	actor_forget();
	scan_triggers(c);
	if (c->ntrig == 0)
		return;
	find_dateline(c);
	split_paragraphs(c);
}

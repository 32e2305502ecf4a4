/*
 * meetplace.c: where and when a meeting was in extract-meetings: the
 * place a name is offered as and how strongly, the seat of a government
 * body, the date an expression gives relative to the article or to the
 * meeting told before, whether two reports agree on place and date, and
 * the dateline city a story is filed from.
 */
#include <stdint.h>
#include <string.h>

#include "date.h"
#include "dict.h"
#include "meetint.h"
#include "meetlex.h"

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
	if ((x = actor_of(old->s, old->n)) == NULL ||
	    (y = actor_of(s, n)) == NULL || x->country[0] == '\0' ||
	    strcmp(x->country, y->country) != 0 || x->type == y->type)
		return 0;
	*coarser = y->type == T_GPE;
	return x->type == T_GPE;
}

void
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

/* Unit k is a point of the compass before a place: "in northern Iraq". */
int
compass(const struct meet_ctx *c, size_t k)
{
	return word_is(c, k, "northern") || word_is(c, k, "southern") ||
	    word_is(c, k, "eastern") || word_is(c, k, "western") ||
	    word_is(c, k, "central") || word_is(c, k, "north") ||
	    word_is(c, k, "south") || word_is(c, k, "east") ||
	    word_is(c, k, "west");
}

/* Unit k is "off" as in "off Malta", "off the coast": not "called off". */
int
off_shore(const struct meet_ctx *c, size_t k)
{
	return word_is(c, k, "off") && !(k > 0 && (U(k - 1).f & W_PHRASAL));
}

/*
 * How strongly the words before unit j say it is where the meeting is:
 * 2 after "in", "at", "to", "visited"; 1 for a bare name; 0 when it is
 * where someone is based or comes from.
 */
int
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
		/* "warships anchored off Malta"; not "called off" */
		if (off_shore(c, k))
			return 2;
		/* "in a villa outside Paris", "at a manor near Liverpool" */
		if (word_is(c, k, "outside") || word_is(c, k, "near"))
			return 2;
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
		if (U(k).f & (W_DET | W_HOLD) || compass(c, k) ||
		    word_is(c, k, "capital") ||
		    word_is(c, k, "city") || word_is(c, k, "besieged") ||
		    word_is(c, k, "a") || word_is(c, k, "an"))
			continue;
		return 1;
	}
	return 1;
}

void
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
			/*
			 * "had last met him in November" (in September): a
			 * month with no year, held, is the last one gone.
			 */
			if (k->m.status == ST_HELD && norm[0] == '-' &&
			    norm[1] == '-' && ref.y != 0 && out.m != 0 &&
			    out.y * 12 + out.m > ref.y * 12 + ref.m)
				out.y--;
			k->m.date = out;
		}
	}
	k->m.when_s = x->start;
	k->m.when_e = x->end;
}

int
place_ok(const struct idref *a, const struct idref *b)
{
	const char *ca, *cb;
	const struct actor *x, *y;

	if (a->s == NULL || b->s == NULL)
		return 1;
	if (a->n == b->n && memcmp(a->s, b->s, a->n) == 0)
		return 1;
	/* A state and a city in it are the same place told at two precisions. */
	x = actor_of(a->s, a->n);
	y = actor_of(b->s, b->n);
	if (x == NULL || y == NULL)
		return 0;
	ca = x->country;
	cb = y->country;
	if (ca[0] == '\0' || strcmp(ca, cb) != 0)
		return 0;
	return x->type == T_GPE || y->type == T_GPE;
}

int
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

/*
 * Talks held "at Labour's spring conference", "at the TUC congress": the
 * body whose gathering is the venue of a meeting told before it is no
 * side of that meeting. A body of states (the EU, the Arab League) is
 * left alone: its summit is where its members meet.
 */
int
venue_body(const struct meet_ctx *c, size_t i, size_t j)
{
	const struct entity *x = ent(c, j);
	const struct actor *a;
	size_t q;

	if (j <= i + 1 || (a = actor_of(x->actor, x->actor_len)) == NULL ||
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
struct idref
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
	if ((a = actor_of(x->actor, x->actor_len)) == NULL || a->type != T_ORG)
		return none;
	for (up = 0; up < 3 && a != NULL && a->type != T_GPE; up++)
		a = a->parent == NULL ? NULL : actor_of(a->parent,
		    strlen(a->parent));
	if (a == NULL || a->type != T_GPE || a->capital == NULL)
		return none;
	none.s = a->capital;
	none.n = strlen(a->capital);
	return none;
}

/*
 * A weekday that falls on the day the story was filed or the day before
 * or after ("BUENOS AIRES, July 29 - ... on Tuesday" in Tuesday's paper).
 */
int
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
int
this_town(const struct meet_ctx *c, size_t j)
{
	static const char *const town[] = { "town", "city", "capital",
	    "village", "resort", "port", "city's", NULL };
	size_t k;

	for (k = j + 1; k < c->nu && k < j + 5; k++) {
		if (U(k).kind != 'w' && U(k).kind != 'e')
			return 0;
		if (word_among(c, k, town) >= 0)
			return 1;
	}
	return 0;
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
void
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

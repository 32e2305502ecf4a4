/*
 * meetclause.c: the clause of a trigger word in extract-meetings: the
 * window around it (bounded by clause words, reported speech and the
 * topic), the checks each kind of trigger makes before it may stand for
 * a meeting ("met" needs someone to meet, a visit somewhere to go), and
 * the status its small words give (planned, proposed, cancelled,
 * boycotted, or not held at all).
 */
#include <stdint.h>
#include <string.h>

#include "dict.h"
#include "meetint.h"
#include "meetlex.h"

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
	/* "will travel to Berlin to consult X": a meeting of its own */
	if (word_is(c, n, "consult") || word_is(c, n, "confer") ||
	    word_is(c, n, "brief"))
		return 1;
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
size_t
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

size_t
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

size_t
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
		/* "the talks came ahead of an EU summit": another meeting */
		if (word_is(c, k, "ahead") && word_is(c, k + 1, "of"))
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
		/*
		 * "..., the White House announced today.": the source at the
		 * end, as with "said" below; "announced talks" goes on.
		 */
		if (c->nu - k <= 4 && word_is(c, k, "announced"))
			for (q = k; q > i + 1 && k - q < 5;) {
				q--;
				if (U(q).kind == ',')
					return q;
				if (U(q).kind != 'w' && U(q).kind != 'e')
					break;
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
		/*
		 * "X will visit A and Y will travel to B": Y's own clause;
		 * not "talks between A and B resumed", one pair.
		 */
		if (word_is(c, k, "and") && new_subject(c, k) &&
		    !word_is(c, i + 1, "between"))
			return k;
	}
	return c->nu;
}

/* The unit before k, skipping determiners and plain words up to max units. */
int
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
int
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

/* An actor, a person word or a group within n units after i. */
int
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
		return (a = actor_of(x->actor, x->actor_len)) != NULL &&
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
	size_t k;

	/* The words spelt out, not a list: word_is then compares constants. */
	for (k = i; k-- > 0 && k + 7 > i;) {
		if (U(k).kind != 'w' && U(k).kind != 'e')
			return 0;
		if (word_is(c, k, "several") || word_is(c, k, "many") ||
		    word_is(c, k, "numerous") || word_is(c, k, "countless") ||
		    word_is(c, k, "regular") || word_is(c, k, "frequent") ||
		    word_is(c, k, "repeated") || word_is(c, k, "periodic") ||
		    word_is(c, k, "occasional"))
			return 1;
		if (U(k).kind == 'w' && (U(k).f & (W_TRIGGER | W_CLAUSE |
		    W_REPORT | W_DET | W_WITH | W_IN | W_TO | W_PLAN)))
			return 0;
	}
	return 0;
}

/* "will fly to Bonn to consult X": a verb of going before "to" */
static int
going_to(const struct meet_ctx *c, size_t i)
{
	size_t q;

	if (i < 2 || !word_is(c, i - 1, "to"))
		return 0;
	for (q = i - 1; q-- > 0 && q + 12 > i;) {
		if (U(q).kind == 'w' && (U(q).f & W_MOTION))
			return 1;
		if (U(q).kind == ';' || (U(q).kind == 'w' && (U(q).f &
		    (W_CLAUSE | W_REPORT | W_TRIGGER))))
			return 0;
	}
	return 0;
}

/*
 * "will travel to Berlin to consult X", "flew to Cairo for talks": the
 * meeting word after the going tells the meeting; the going alone
 * ("will travel to Moscow next year") is a visit.
 */
static int
going_for(const struct meet_ctx *c, size_t i)
{
	size_t q;

	for (q = i + 1; q < c->nu && q < i + 12; q++) {
		if (U(q).kind == ';' || (U(q).kind == 'w' && (U(q).f &
		    (W_CLAUSE | W_REPORT))))
			return 0;
		if (U(q).kind == 'w' && (U(q).f & W_TRIGGER) &&
		    !(U(q).f & W_MOTION) && (word_is(c, q - 1, "to") ||
		    word_is(c, q - 1, "for") || (q > 1 && word_is(c, q - 2,
		    "for") && (U(q - 1).f & W_DET || word_is(c, q - 1, "a") ||
		    word_is(c, q - 1, "an")))))
			return 1;
	}
	return 0;
}

/*
 * "X was received by Y", "were welcomed by": the one who receives is a
 * side and the host; "talks hosted by Qatar" stays a host of talks.
 */
int
passive_host(const struct meet_ctx *c, size_t i)
{
	return (word_is(c, i, "received") || word_is(c, i, "welcomed")) &&
	    word_is(c, i + 1, "by") && i > 0 && (word_is(c, i - 1, "was") ||
	    word_is(c, i - 1, "were") || word_is(c, i - 1, "been") ||
	    word_is(c, i - 1, "being") || word_is(c, i - 1, "is") ||
	    word_is(c, i - 1, "are"));
}

int
trigger_ok(const struct meet_ctx *c, size_t i)
{
	uint64_t f = U(i).f;
	size_t k, extra;

	if (remote_near(c, i))
		return 0;
	/* "to consult", "to brief" meet only after a verb of going */
	if (word_is(c, i, "consult") || word_is(c, i, "confer") ||
	    word_is(c, i, "brief"))
		return going_to(c, i);
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
	if ((f & W_VISIT) && (f & W_MOTION) && going_for(c, i))
		return 0;
	if ((f & W_VISIT) && !visit_ok(c, i))
		return 0;
	if (f & W_HOSTV) {
		/* "hosted by" marks a host; the meeting is another word's */
		if (word_is(c, i + 1, "by"))
			return passive_host(c, i) && actor_follows(c, i + 1, 3);
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
		/* "after three hours of talks", "two days of negotiations" */
		if (i >= 2 && word_is(c, i - 1, "of") && (word_is(c, i - 2,
		    "hours") || word_is(c, i - 2, "days") ||
		    word_is(c, i - 2, "nights")))
			return 1;
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
		/* "held working-level talks": a compound counts as one word */
		for (k = i, extra = 0; k > 0 && k + 2 + extra > i; ) {
			k--;
			if (U(k).kind == 'e' || U(i).hyph)
				return 1;
			if (U(k).hyph && extra < 2)
				extra++;
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

/*
 * Taking part is in a meeting only when one is told of: "attend the
 * annual summit"; or, with no object, a meeting named in this sentence or
 * the one before ("Also due to attend are ..."). Not "take part in
 * activities", "participate in EU-wide measures", "attend the funeral".
 */
int
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
		    (U(k + 2).f & (W_TRIGGER | W_HOLD | W_PHRASAL | W_MOTION) ||
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
 * The clause of trigger i is what someone denies: "denied reports that
 * the prince had met Israeli officials", "dismissed claims that X met Y".
 * The denial verb comes before the "that" that opens the clause, with
 * the thing denied and no other verb of meeting between.
 */
static int
denied(const struct meet_ctx *c, size_t i)
{
	size_t k, q;

	if (!(c->sflags & W_DENY))
		return 0;
	for (k = i; k-- > 0 && k + 16 > i;) {
		if (!word_is(c, k, "that"))
			continue;
		for (q = k; q-- > 0 && q + 9 > k;) {
			if (U(q).kind != 'w' && U(q).kind != 'e')
				return 0;
			if (U(q).f & W_DENY)
				return 1;
			if (U(q).f & W_TRIGGER)
				return 0;
		}
		return 0;
	}
	return 0;
}

/*
 * The status of the meeting of trigger i in window [ws, we); -1 when the
 * sentence says it did not happen ("never met", "did not meet", "denied
 * reports that they met").
 */
int
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
	if (denied(c, i))
		return -1;
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
	/*
	 * The modal nearest before the trigger decides. Only a word of plan
	 * or proposal can ("would" is one), so idle_modal, which asks after
	 * a dozen words, is asked of those alone.
	 */
	for (k = i + 1; k-- > ws;) {
		if (U(k).kind != 'w' || !(U(k).f & (W_PLAN | W_PROPOSE)) ||
		    idle_modal(c, k))
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
	if (i >= 2 && word_is(c, i - 1, "to") && U(i - 2).kind == 'e' &&
	    ent(c, i - 2)->type != T_DATE)
		return ST_PLANNED;
	return ST_HELD;
}

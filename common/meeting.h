/*
 * meeting.h: finding meetings between political actors in a tagged
 * article (extract-meetings(1)). A first pass finds the meeting words
 * (meetlex_scan); only the paragraphs with one are split into sentences,
 * and only a sentence with one is tokenised. Its trigger is cut into the
 * clause around it, whose entities give the sides, people, place, host
 * and date, and whose small words give the status. A meeting
 * told again later in the article ("during their meeting in Ramallah") is
 * merged into the first record. All memory lives in struct meet_ctx and is
 * reused from article to article, but for what the files keep in static
 * storage: the dictionary's answers (meetside.c, forgotten with each
 * article where they point into it) and the records' output buffer
 * (meetrec.c). One analysis at a time, then.
 */
#ifndef MEETING_H
#define MEETING_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "date.h"
#include "entity.h"

/* An actor id: a pointer into the article or the dictionary, not NUL-terminated. */
struct idref {
	const char *s;
	size_t n;
};

#define MEET_MAXIDS 24
struct idset {
	struct idref v[MEET_MAXIDS];
	int n;
};

enum { ST_HELD, ST_PLANNED, ST_PROPOSED, ST_CANCELLED, ST_BOYCOTTED };

/* How the meeting was told, for the CAMEO code and the score. */
#define MF_VISIT	0x01	/* a visit */
#define MF_NEGOT	0x02	/* negotiations */
#define MF_HOSTV	0x04	/* X hosted, received, invited Y */
#define MF_MEDIATE	0x08	/* a host or mediator outside the sides */
#define MF_GROUP	0x10	/* sides taken from a group mention */
#define MF_STRONG	0x20	/* a strong trigger: met, meeting, summit */

struct meeting {
	int status;
	int flags;
	struct idset parties, people, host;
	struct idref place;
	struct date date;
	size_t ev_s, ev_e;		/* evidence: the first sentence */
	size_t when_s, when_e;		/* the date expression, if any */
	size_t out_s, out_e;		/* the outcome, if any */
	int sentence;			/* the last sentence that told of it */
};

/* An article to read: its fields unescaped, its entities parsed. */
struct meet_article {
	const char *id;
	size_t idlen;
	const char *text;
	size_t n;
	const struct entities *ents;
	struct date date;		/* the article date, 0s if unknown */
};

/* A word, an entity or a punctuation mark of the sentence at hand. */
struct unit {
	uint32_t s, e;
	uint64_t f;			/* meetlex flags of a word */
	uint64_t key;			/* a word's first bytes, folded (word_is) */
	int ent;			/* entity index, -1 for a word */
	char kind;			/* 'w', 'e', or the punctuation byte */
	unsigned char hyph;		/* joined to the unit before by a hyphen */
	unsigned char poss;		/* followed by 's */
};

#define MEET_MAX 64

struct meet_ctx {
	struct meeting m[MEET_MAX];
	int nm;
	const struct meet_article *a;
	struct unit *u;
	size_t nu, ucap;
	int sentence;			/* sentence number */
	int last;			/* the record told of last, or -1 */
	size_t tried_we;		/* end of the last window that named actors */
	int subj;			/* the entity of its subject, or -1 */
	uint32_t *trig;			/* offsets of trigger words in the text */
	size_t ntrig, trigcap, tcur;
	uint64_t *mask;			/* the first pass's alnum mask */
	size_t maskcap;
	size_t prev_s, prev_e;		/* the sentence before, not yet read */
	size_t base;			/* offset of the text being split */
	int pending;			/* a new record still without outcome, or -1 */
	/*
	 * What the sentence before says, read only when a rule asks (few
	 * do): through prev_sentence() in meeting.c, never directly.
	 */
	struct prevsent {
		struct idset sides;	/* the sides it names */
		struct idset people;	/* and the people */
		uint64_t f;		/* the meetlex flags of its words */
		int per;		/* the entity of its first person, or -1 */
	} prev_lazy;
	int prev_read;			/* prev_lazy is of the sentence before */
	struct unit *pu;		/* its units, apart from the sentence's */
	size_t pucap;
	struct idref dateline;		/* the dateline city, if any */
	size_t dl_end;			/* where the dateline ends, 0 if none */
	uint64_t sflags;		/* the meetlex flags of the sentence's words */
	struct idref mainstate;		/* the state the article names most */
	int mainstate_done;		/* mainstate looked for */
	char slug[512];			/* ids made for unnamed sides ("creditor-banks") */
	size_t slugn;
};

void meet_init(struct meet_ctx *c);
void meet_free(struct meet_ctx *c);

/* Find the meetings of an article; they are left in c->m[0..c->nm). */
void meet_article(struct meet_ctx *c, const struct meet_article *a);

/*
 * Write the meetings of c as meeting records (parley(5)), those with a
 * score below minscore left out. Returns the number written.
 */
int meet_write(FILE *fp, struct meet_ctx *c, const struct meet_article *a,
    double minscore);

/* Resolve host, code and score once merging is done (meetrec.c). */
const char *meet_status_name(int status);

#endif

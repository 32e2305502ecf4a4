/*
 * meetlex.h: the words of English news that tell of meetings, and the
 * words around them that decide whether one happened (modality, negation,
 * clause and topic boundaries, host markers). Each word carries a set of
 * W_* flags; extract-meetings looks every word up once, so a sentence with
 * no trigger word costs one hash probe per word.
 */
#ifndef MEETLEX_H
#define MEETLEX_H

#include <stddef.h>
#include <stdint.h>

/* Triggers: the words that can carry a meeting. */
#define W_MEETV		(UINT64_C(1) << 0)	/* meet, met, convened: strong verb */
#define W_NOUN		(UINT64_C(1) << 1)	/* meeting, summit, conference: strong noun */
#define W_WEAK		(UINT64_C(1) << 2)	/* talks, negotiations, dialogue: need context */
#define W_VISIT		(UINT64_C(1) << 3)	/* visit, arrived */
#define W_HOSTV		(UINT64_C(1) << 4)	/* hosted, received, welcomed */
#define W_ATTEND	(UINT64_C(1) << 5)	/* attended, took part */
#define W_ACCOMP	(UINT64_C(1) << 6)	/* accompanied: adds people to the last meeting */
#define W_TRIGGER	(W_MEETV | W_NOUN | W_WEAK | W_VISIT | W_HOSTV | \
			 W_ATTEND | W_ACCOMP)
/* Status and modality. */
#define W_PLAN		(UINT64_C(1) << 7)	/* will, scheduled, due, expected */
#define W_PROPOSE	(UINT64_C(1) << 8)	/* called for, offered, urged, could */
#define W_CANCEL	(UINT64_C(1) << 9)	/* cancelled, postponed, scrapped */
#define W_BOYCOTT	(UINT64_C(1) << 10)	/* boycotted, snubbed, shunned */
#define W_REFUSE	(UINT64_C(1) << 11)	/* refused, declined */
#define W_NEG		(UINT64_C(1) << 12)	/* not, never, no */
#define W_INVITE	(UINT64_C(1) << 13)	/* invited */
/* Structure. */
#define W_CLAUSE	(UINT64_C(1) << 14)	/* after, while, which: a new clause */
#define W_REPORT	(UINT64_C(1) << 15)	/* said, told, according */
#define W_TOPIC		(UINT64_C(1) << 16)	/* about, over, against: the topic follows */
#define W_ON		(UINT64_C(1) << 17)	/* on: a topic, unless a date follows */
#define W_TO		(UINT64_C(1) << 18)
#define W_WITH		(UINT64_C(1) << 19)	/* with, between, among */
#define W_IN		(UINT64_C(1) << 20)	/* in, at, inside: a place may follow */
#define W_BASED		(UINT64_C(1) << 21)	/* based, born, from: the place is not the meeting's */
#define W_DET		(UINT64_C(1) << 22)	/* the, their, this: a definite reference */
#define W_GROUP		(UINT64_C(1) << 23)	/* sides, factions, delegations */
#define W_PERSONN	(UINT64_C(1) << 24)	/* officials, president, delegation */
#define W_MEDIATE	(UINT64_C(1) << 25)	/* mediated, brokered, sponsored, auspices */
#define W_HOLD		(UINT64_C(1) << 26)	/* held, hold, resumed */
#define W_OUTCOME	(UINT64_C(1) << 27)	/* agreed, discussed, stressed */
#define W_NOTMEET	(UINT64_C(1) << 28)	/* press, show, criticism: no meeting here */
#define W_REMOTE	(UINT64_C(1) << 29)	/* phone, video, indirect, virtual */
#define W_BY		(UINT64_C(1) << 30)
#define W_WEEKDAY	(UINT64_C(1) << 31)	/* a day or month name: "on Thursday" is a date */
#define W_PHRASAL	(UINT64_C(1) << 32)	/* sat, brought, called, took: meaning set by the next word */
#define W_PARTICLE	(UINT64_C(1) << 33)	/* down, together, off, part, away, for */
#define W_PHTRIG	(UINT64_C(1) << 35)	/* sat, brought, took: may start a meeting */
#define W_OBJECT	(UINT64_C(1) << 34)	/* the verb needs an actor after it */
#define W_MOTION	(UINT64_C(1) << 36)	/* travel, fly, head: "to X" is where they go */
#define W_CROWD		(UINT64_C(1) << 37)	/* rebels, unions, banks: a side no dictionary names */
#define W_GOVT		(UINT64_C(1) << 38)	/* government, authorities: the state itself */
#define W_DENY		(UINT64_C(1) << 39)	/* denied, dismissed: "denied reports that X met Y" */

/* The flags of a word (n bytes, any case); 0 when it is not in the lexicon. */
uint64_t meetlex_word(const char *s, size_t n);

/*
 * The same, where room bytes from s can be read (at least n): with 16 or
 * more the word is read eight bytes at a time.
 */
uint64_t meetlex_word_in(const char *s, size_t n, size_t room);

/*
 * The same, and in *key the word's first eight bytes (all of it if it is
 * shorter) folded to lower case by bit 5, read as a big-endian number:
 * what extract-meetings compares its words by (word_is).
 */
uint64_t meetlex_word_key(const char *s, size_t n, size_t room,
    uint64_t *key);

/* Whether a word can start a meeting (a trigger or a phrasal verb): the cheap first pass. */
int meetlex_trigger(const char *s, size_t n);

/*
 * The first pass over a whole text (n bytes): the offsets of the words
 * that pass meetlex_trigger, appended to *pos (grown as needed, *cap its
 * size); returns their number. A word here is a run of ASCII letters and
 * digits, three to 31 long, not touching a non-ASCII byte. mask is room
 * for (n + 63) / 64 words.
 */
size_t meetlex_scan(const char *s, size_t n, uint64_t *mask, uint32_t **pos,
    size_t *cap);

#endif

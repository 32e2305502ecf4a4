/*
 * merge.h: merging reports of the same meeting (dedupe's meeting mode).
 *
 * Meetings are held in memory until the end of input, one record per
 * distinct meeting, in the order they were first seen. A report joins a
 * meeting when it is compatible with it (see merge.c and dedupe(1)); the
 * meeting then keeps the id of its first report, unites parties, people,
 * hosts and docs, keeps the most precise date, place and status, counts
 * the reports and combines their scores. Memory per meeting: the length
 * of its record plus about 400 bytes, 50 per report and 150 per pair of
 * its sides (measured; see dedupe(1)).
 */
#ifndef MERGE_H
#define MERGE_H

#include <stdint.h>
#include <stdio.h>

#include "record.h"

struct meeting {
	char *field[NF_MEETING];	/* still escaped; in one block */
	size_t fbytes;			/* the block's size, from field[0] */
	uint64_t id;
	uint64_t *member;		/* ids of the reports it holds */
	uint64_t *side;			/* parties, as canonical hashes, sorted */
	uint64_t *doc;			/* hashes of the docs, in order */
	uint32_t nmember, nside, ndoc;
	uint32_t xbytes;		/* of fields apart: meeting_bytes */
	unsigned long reports;
	double score;
	int32_t dayno;			/* of a full date, days since 1970 */
	uint16_t year;			/* of the date, when known */
	uint8_t month;
	uint8_t dlen;			/* length of the date: 0, 4, 7, 10 */
	uint8_t stage;			/* of the status: 3 held .. 0 other */
	unsigned day;			/* last seen, days since 1970 */
	uint32_t stamp;			/* for candidate searches */
	uint8_t numbers;		/* reports, score not yet in field[] */
	uint8_t dirty;			/* changed since the state was read */
	uint8_t shown;			/* its record may be downstream */
	uint8_t temp;			/* a scratch meeting: meeting_read */
	uint32_t dead;			/* 1 + the meeting it joined; 0: live */
};

/* An id that is no record's now, and the meeting that took it. */
struct gone {
	uint64_t id;
	uint32_t k;			/* merged away since, maybe: see live() */
};

struct u64map {
	uint64_t *key;
	uint32_t *val;			/* value + 1; 0 is an empty slot */
	size_t n, cap;
};

/*
 * The candidate index: a key names the meetings that share a pair of
 * sides (or a lone side) and a date class (see merge.c); its chain holds
 * the indexes of those meetings in increasing order, in the slot itself
 * while there are at most two (most keys), else in an array.
 */
struct mskey {
	uint64_t key;			/* 0: an empty slot */
	uint32_t n, cap;		/* cap 0: the chain is in in[] */
	union {
		uint32_t in[2];
		uint32_t *v;
	} u;
};

struct mergeset {
	struct meeting **m;
	uint32_t n, cap;
	struct u64map byid;		/* report id -> meeting */
	struct mskey *key;		/* open addressing, load <= 3/4 */
	size_t nkey, ckey;
	uint8_t *filter;		/* ckey bytes: a bit per key, see mergeset.c */
	size_t nent;			/* entries in all chains */
	uint32_t stamp;
	int window;			/* -w: days apart still one meeting */
	unsigned today;
	uint64_t unknown;		/* the hash of an unknown place */
	uint64_t stage[4];		/* of the statuses of stages 1..3 */
	size_t mbytes;			/* held by the meetings */
	size_t xbytes;			/* held by chains out of their slot */
	/* The budget, and where what it makes the set forget goes. */
	size_t budget;			/* bytes; 0: none */
	FILE *out;			/* forgotten meetings that changed */
	FILE *state;			/* and the new state, if any */
	long forget;			/* --forget, for those */
	unsigned long nforgot;
	/*
	 * --superseded: the ids of records written before (by an earlier run,
	 * as the state says; without a state, any record read) that a merge
	 * took into a record of another id, in the order taken.
	 */
	FILE *superseded;		/* NULL: not asked for */
	struct gone *gone;
	uint32_t ngone, cgone;
};

/*
 * The arrays of reports and docs of a meeting grow by doubling, not by
 * the report, a realloc a merge: an array of n has room for the power of
 * two at or above n (1 for 0).
 */
static inline size_t
array_room(uint32_t n)
{
	size_t r = 1;

	while (r < n)
		r <<= 1;
	return r;
}

void ms_init(struct mergeset *ms, int window, unsigned today);
void ms_free(struct mergeset *ms);

/*
 * The bytes the set holds, as counted for ms->budget: meetings, indexes
 * and malloc's overhead, estimated. When it is over the budget (0: none),
 * ms_add first forgets the meetings seen earliest (see mergeset.c).
 */
size_t ms_bytes(const struct mergeset *ms);

/* What a meeting holds in memory, as counted for the budget. */
size_t meeting_bytes(const struct meeting *m);

/*
 * Make a meeting from the 15 escaped fields of a record. Returns NULL and
 * sets *why when a field is malformed.
 */
struct meeting *meeting_new(char *const *field, const size_t *flen,
    const char **why);
void meeting_free(struct meeting *m);

/*
 * meeting_new without its allocations, for the report after report that
 * joins a meeting held: m is a scratch meeting (zeroed before its first
 * use, then reused) that points at the fields where they are (they must
 * outlive its use; those of a line read by rd_next are used in place),
 * its arrays kept from report to report. Returns 0 and sets *why when a
 * field is malformed. meeting_copy makes a meeting of its own from it,
 * as meeting_new would have; m may be read into again after.
 */
int meeting_read(struct meeting *m, char *const *field, const size_t *flen,
    const char **why);
struct meeting *meeting_copy(struct meeting *m);

/*
 * Add a report; the set takes m. known: m comes from the state file and
 * is not new unless something joins it. Returns the index of the meeting
 * that holds it now.
 */
uint32_t ms_add(struct mergeset *ms, struct meeting *m, int known);

/*
 * ms_add for a scratch meeting (meeting_read), which the set does not
 * take: it copies m when m makes a new meeting.
 */
uint32_t ms_add_copy(struct mergeset *ms, struct meeting *m, int known);

/*
 * At the end of input: write the meetings new or changed to fp, in the
 * order first seen, and to ms->superseded (if set) a line "old<TAB>new"
 * for each id taken since the last such write, new being the id of the
 * record that holds it now.
 */
void ms_write(struct mergeset *ms, FILE *fp);

/*
 * Fold report (or meeting) n into m. Returns whether the shape of m that
 * the index files it by changed: its date, status, place or sides.
 */
int meeting_absorb(struct meeting *m, const struct meeting *n);

/*
 * A merge keeps the report count and score as numbers; bring the fields
 * up to date with them. meeting_write does it first.
 */
void meeting_sync(struct meeting *m);

/* Write the 15 fields of m as a record. */
void meeting_write(FILE *fp, struct meeting *m);

/*
 * The state file keeps a meeting as a line of 18 fields: "m", the day it
 * was last seen, the ids of its reports (;-list), and its record.
 * ms_load adds the meeting of such a line (fields after the "m") as
 * known; 0 if malformed. ms_save writes every meeting seen in the last
 * forget days (all when forget < 0).
 */
int ms_load(struct mergeset *ms, char *const *field, const size_t *flen,
    int nfield);
void ms_save(struct mergeset *ms, FILE *fp, long forget);

/*
 * Two meetings m and n may be the same: the test ms_add applies,
 * exported for the unit tests.
 */
int meeting_compatible(const struct meeting *m, const struct meeting *n,
    int window);

#endif

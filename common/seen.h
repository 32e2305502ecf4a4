/*
 * seen.h: the articles dedupe remembers, and the near-duplicate lookup.
 *
 * An item is 32 bytes: the article id, its SimHash, a chain link per band
 * and the day it was last seen. The band keys themselves are not kept:
 * each band has a fixed table of 2^SEEN_BITS bucket heads (4 bytes each,
 * 12 MB for three bands) indexed by the key's high bits, and a bucket's
 * items are chained through their links. A lookup walks the chains of the
 * new article's bands and accepts the first item within the Hamming
 * threshold; a bucket shared by chance is harmless, since the SimHash
 * decides.
 */
#ifndef SEEN_H
#define SEEN_H

#include <stdint.h>
#include <stdio.h>

#include "simhash.h"

#define SEEN_BITS 20

struct seen_item {
	uint64_t id;
	uint64_t sim;
	uint32_t next[SH_BANDS];	/* index + 1 of the next item, 0 ends */
	uint16_t day;			/* days since 1970-01-01, last seen */
	uint16_t drop;			/* to be forgotten (seen_add) */
};

struct seen {
	struct seen_item *item;
	uint32_t n, cap;
	uint32_t max;			/* items the budget holds */
	int bits;			/* of a band key, for its bucket */
	uint32_t *head[SH_BANDS];
	/*
	 * The items loaded from the state are the first nload; a bit per
	 * state line loaded says it was forgotten, so the state can be
	 * written back in its order with the days seen since.
	 */
	uint32_t nload, nline;
	uint8_t *gone;
	uint32_t cur_line, cur_item;
	unsigned long nforgot;
	size_t budget;			/* bytes, for the message */
};

/*
 * budget: the bytes the table may take (0: no limit). It takes 12 MB of
 * bucket heads (touched as used) and 32 bytes an article; at the budget
 * the quarter of the articles seen least recently (by the day they were
 * last seen, then by arrival) is forgotten, with a message the first
 * time.
 */
void seen_init(struct seen *s, size_t budget);
void seen_free(struct seen *s);

/*
 * The index of the first item whose SimHash is within threshold bits of
 * fp's and which shares a band with it, or -1. *dist gets the distance.
 */
long seen_find(const struct seen *s, const struct fingerprint *fp,
    int threshold, int *dist);

/* Remember an article; returns its index. */
uint32_t seen_add(struct seen *s, uint64_t id, const struct fingerprint *fp,
    unsigned day);

/*
 * The state file keeps an article as a line of 5 fields, 66 bytes:
 *	a  id  simhash  band,band,band  day
 * (hex, hex, 8-digit hex keys, decimal days since 1970).
 */

/* Write the state line of an article. */
void seen_write(FILE *fp, uint64_t id, const struct fingerprint *fp_,
    unsigned day);

/* Read a state line (fields after the "a"); 0 if malformed. */
int seen_parse(char *const *field, int nfield, uint64_t *id,
    struct fingerprint *fp_, unsigned *day);

/* Add the article of a state line (fields after the "a"); 0 if malformed. */
int seen_load(struct seen *s, char *const *field, int nfield);

/*
 * For writing the state back: the day of the next article loaded, in the
 * order seen_load took them. 0 (and *day left alone) when it was
 * forgotten, else 1.
 */
int seen_next_loaded(struct seen *s, unsigned *day);

#endif

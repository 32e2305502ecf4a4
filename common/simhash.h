/*
 * simhash.h: fingerprints of article texts for near-duplicate detection.
 *
 * A text is cut into words (ASCII letters and digits folded to lower case,
 * other UTF-8 letters kept as they are; punctuation, quote marks of any
 * style, dashes and record escapes separate words) and the words into
 * shingles of SH_WORDS consecutive words. Two sketches are made from the
 * same shingle hashes in one pass:
 *
 *  - a 64-bit SimHash: bit i is set when more than half of the shingle
 *    hashes have bit i set. The Hamming distance of two SimHashes estimates
 *    the angle between the shingle sets (distance/64 ~ angle/pi).
 *  - a one-permutation MinHash of SH_BANDS * SH_ROWS bins, folded into
 *    SH_BANDS band keys of 32 bits. Texts whose shingle sets have Jaccard
 *    similarity J share a given band key with probability about J^SH_ROWS.
 *
 * Band keys find candidates cheaply; the SimHash distance decides.
 */
#ifndef SIMHASH_H
#define SIMHASH_H

#include <stddef.h>
#include <stdint.h>

#define SH_WORDS 5
#define SH_BANDS 3
#define SH_ROWS 2

struct fingerprint {
	uint64_t sim;
	uint32_t band[SH_BANDS];
	unsigned long nshingle;		/* 0: the text has no words */
};

/*
 * Fingerprint a text of n bytes. The text may still carry the record
 * escapes (\n, \t, \\), which count as separators, so a field can be
 * fingerprinted without unescaping it. Returns 0, or -1 when it meets a
 * backslash that is not a valid escape.
 */
int fp_text(const char *s, size_t n, struct fingerprint *fp);

/* The number of bits in which a and b differ. */
static inline int
hamming(uint64_t a, uint64_t b)
{
	return __builtin_popcountll(a ^ b);
}

#endif

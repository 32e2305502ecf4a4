/*
 * hash.h: 64-bit hashing for ids and fingerprints.
 *
 * Ids must be stable across runs, machines and versions: the function is
 * fixed here and must never change, or every stored id changes with it.
 */
#ifndef HASH_H
#define HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t hash64(const void *p, size_t n, uint64_t seed);

/*
 * Mix a 64-bit value (a finaliser; also used to combine hashes). Inline:
 * dedupe calls it several times per article.
 */
static inline uint64_t
hash_mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xFF51AFD7ED558CCDULL;
	x ^= x >> 33;
	x *= 0xC4CEB9FE1A85EC53ULL;
	x ^= x >> 33;
	return x;
}

/*
 * The id of an article: the hash of its text with runs of white space
 * folded to one space, the ends trimmed, and curly quotes, primes and
 * guillemets folded to ' and ", so a syndicated copy with other quote marks
 * or line breaks gets the same id.
 */
uint64_t text_id(const char *s, size_t n);

/* Write x as 16 lowercase hex digits and a NUL. */
char *hex64(uint64_t x, char out[17]);

/* Read an id written by hex64: 1, or 0 unless s is 16 lowercase hex digits. */
int parse_hex64(const char *s, size_t n, uint64_t *x);

#endif

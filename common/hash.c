/*
 * hash.c: a 64-bit multiply-xorshift hash and the article id (hash.h).
 *
 * Eight bytes at a time are multiplied into the state and folded with
 * xorshifts; the tail is read byte by byte. Not cryptographic: ids only
 * need to be stable and well spread.
 */
#include <string.h>

#include "hash.h"

#define K1 0x9E3779B97F4A7C15ULL
#define K2 0xC2B2AE3D27D4EB4FULL

uint64_t
hash_mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xFF51AFD7ED558CCDULL;
	x ^= x >> 33;
	x *= 0xC4CEB9FE1A85EC53ULL;
	x ^= x >> 33;
	return x;
}

uint64_t
hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ (n * K1), w;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		/* Little-endian load, whatever the host, so ids are portable. */
		w = (uint64_t)s[i] | (uint64_t)s[i + 1] << 8 |
		    (uint64_t)s[i + 2] << 16 | (uint64_t)s[i + 3] << 24 |
		    (uint64_t)s[i + 4] << 32 | (uint64_t)s[i + 5] << 40 |
		    (uint64_t)s[i + 6] << 48 | (uint64_t)s[i + 7] << 56;
		w *= K2;
		w = (w << 31) | (w >> 33);
		h ^= w * K1;
		h = ((h << 27) | (h >> 37)) * 5 + 0x52DCE729;
	}
	w = 0;
	for (; i < n; i++)
		w = (w << 8) | s[i];
	h ^= hash_mix(w ^ K2);
	return hash_mix(h);
}

/* If s starts with a quote mark to fold, return its ASCII form and length. */
static int
fold_quote(const unsigned char *s, size_t n, size_t *len)
{
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB)) {
		*len = 2;
		return '"';
	}
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
		*len = 3;
		switch (s[2]) {
		case 0x98: case 0x99: case 0x9A: case 0x9B: case 0xB2:
			return '\'';
		case 0x9C: case 0x9D: case 0x9E: case 0x9F: case 0xB3:
			return '"';
		}
	}
	return 0;
}

uint64_t
text_id(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned char blk[4096];
	uint64_t h = 0;
	size_t i, k = 0, ql;
	int space = 0, c;

	/*
	 * Normalise into a block buffer and hash block by block, chaining the
	 * state, so long texts need no allocation.
	 */
	for (i = 0; i < n; i++) {
		c = s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v') {
			space = 1;
			continue;
		}
		if (c >= 0xC2 && (c = fold_quote(s + i, n - i, &ql)) != 0)
			i += ql - 1;
		else
			c = s[i];
		if (k + 2 > sizeof(blk)) {
			h = hash64(blk, k, h);
			k = 0;
		}
		if (space && (k > 0 || h != 0))
			blk[k++] = ' ';
		space = 0;
		blk[k++] = (unsigned char)c;
	}
	return hash64(blk, k, h);
}

char *
hex64(uint64_t x, char out[17])
{
	static const char digits[] = "0123456789abcdef";
	int i;

	for (i = 15; i >= 0; i--, x >>= 4)
		out[i] = digits[x & 15];
	out[16] = '\0';
	return out;
}

int
parse_hex64(const char *s, size_t n, uint64_t *x)
{
	size_t i;

	if (n != 16)
		return 0;
	for (*x = 0, i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			*x = *x << 4 | (uint64_t)(s[i] - '0');
		else if (s[i] >= 'a' && s[i] <= 'f')
			*x = *x << 4 | (uint64_t)(s[i] - 'a' + 10);
		else
			return 0;
	}
	return 1;
}

/*
 * bytes8.h: text eight bytes at a time in a 64-bit word (SWAR), for the
 * loops that see every byte of the input. Bytes are loaded little-endian
 * on every host, so byte k of the text is bits 8k to 8k+7 of the word and
 * the results never depend on the machine. A test on the eight bytes
 * gives a flag word: bit 7 of each byte set where the test holds.
 */
#ifndef BYTES8_H
#define BYTES8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define B8_ONES 0x0101010101010101ULL
#define B8_HIGH 0x8080808080808080ULL
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define B8_LITTLE 1
#else
#define B8_LITTLE 0
#endif

static inline uint64_t
b8_load(const void *p)
{
	uint64_t x;
#if B8_LITTLE
	memcpy(&x, p, 8);
#else
	const unsigned char *s = p;
	int k;

	for (x = 0, k = 7; k >= 0; k--)
		x = x << 8 | s[k];
#endif
	return x;
}

static inline void
b8_store(void *p, uint64_t x)
{
#if B8_LITTLE
	memcpy(p, &x, 8);
#else
	unsigned char *s = p;
	int k;

	for (k = 0; k < 8; k++, x >>= 8)
		s[k] = (unsigned char)x;
#endif
}

/* Flags of the bytes of x that are zero; exact, no carries between bytes. */
static inline uint64_t
b8_zero(uint64_t x)
{
	const uint64_t lo7 = 0x7F7F7F7F7F7F7F7FULL;

	return ~(((x & lo7) + lo7) | x | lo7);
}

/* Flags of the bytes of x equal to c. */
static inline uint64_t
b8_eq(uint64_t x, unsigned c)
{
	return b8_zero(x ^ (B8_ONES * c));
}

/*
 * Flags of the bytes of x in [lo, hi], for x with no byte above 0x7F
 * (and lo > 0, hi < 0x7F): no sum carries into the next byte.
 */
static inline uint64_t
b8_range(uint64_t x, unsigned lo, unsigned hi)
{
	return (x + B8_ONES * (0x80 - lo)) & ~(x + B8_ONES * (0x7F - hi)) &
	    B8_HIGH;
}

/* The number of flags. */
static inline size_t
b8_count(uint64_t flags)
{
	return (size_t)(((flags >> 7) * B8_ONES) >> 56);
}

/* The index of the first flagged byte; flags is not 0. */
static inline unsigned
b8_first(uint64_t flags)
{
	return (unsigned)__builtin_ctzll(flags) >> 3;
}

#endif

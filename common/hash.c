/*
 * hash.c: a 64-bit multiply-xorshift hash and the article id (hash.h).
 *
 * Eight bytes at a time are multiplied into the state and folded with
 * xorshifts; the tail is read byte by byte. Not cryptographic: ids only
 * need to be stable and well spread.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "bytes8.h"
#include "hash.h"

#define K1 0x9E3779B97F4A7C15ULL
#define K2 0xC2B2AE3D27D4EB4FULL

/*
 * Load eight bytes as a little-endian number, whatever the host, so ids are
 * portable. On a little-endian host that is one unaligned load.
 */
static inline uint64_t
load_le64(const unsigned char *s)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
#else
	return (uint64_t)s[0] | (uint64_t)s[1] << 8 | (uint64_t)s[2] << 16 |
	    (uint64_t)s[3] << 24 | (uint64_t)s[4] << 32 |
	    (uint64_t)s[5] << 40 | (uint64_t)s[6] << 48 | (uint64_t)s[7] << 56;
#endif
}

uint64_t
hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ (n * K1), w;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		w = load_le64(s + i);
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

#define BLK 4096	/* bytes of the normal form hashed at a time */

/*
 * Copy the plain run of text at s[i] (n bytes) to blk[*k], eight bytes at
 * a time: printable ASCII with single blanks between words, nearly all of
 * a text, where the normal form is the text itself (sixteen bytes at a
 * time, a newline between words, as between paragraphs, is a blank too).
 * Stops at a newline, any other control or white space, a byte outside
 * ASCII, two blanks in a row, or when the block is nearly full, for the
 * byte loop to take over.
 * A blank at the end of the run waits in *space for what follows.
 * Returns where it stopped.
 */
static size_t
copy_plain(const unsigned char *s, size_t i, size_t n, unsigned char *blk,
    size_t *kp, int *space)
{
	uint64_t w, low, sp, blank = (uint64_t)*space << 7;
	size_t k = *kp;
#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time first (SSE2 is in every x86-64). The
	 * compares are signed: bytes outside ASCII count as below 0x21.
	 */
	const __m128i b21 = _mm_set1_epi8(0x21), b20 = _mm_set1_epi8(' ');
	const __m128i nl = _mm_set1_epi8('\n'), nl20 = _mm_set1_epi8('\n' ^ ' ');
	__m128i v, isnl;
	unsigned lo, bl;

	while (i + 16 <= n && k + 17 <= BLK - 1) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		isnl = _mm_cmpeq_epi8(v, nl);
		lo = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, b21));
		bl = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(v, b20), isnl));
		if (lo != bl || (bl & (bl << 1 | (unsigned)(blank >> 7))) != 0)
			break;
		blk[k] = ' ';	/* kept if a blank was waiting */
		k += blank >> 7;
		/* Newlines become blanks. */
		v = _mm_xor_si128(v, _mm_and_si128(isnl, nl20));
		_mm_storeu_si128((__m128i *)(void *)(blk + k), v);
		blank = (uint64_t)(bl >> 15) << 7;
		k += 16 - (blank >> 7);
		i += 16;
	}
#endif
	while (i + 8 <= n && k + 9 <= BLK - 1) {
		w = b8_load(s + i);
		if ((w & B8_HIGH) != 0)
			break;
		/* Bytes below 0x21; of them only the blank has bit 5 set. */
		low = ~(w + B8_ONES * (0x80 - 0x21)) & B8_HIGH;
		sp = low & w << 2;
		if (low != sp || (sp & (sp << 8 | blank)) != 0)
			break;
		blk[k] = ' ';	/* kept if a blank was waiting */
		k += blank >> 7;
		b8_store(blk + k, w);
		blank = sp >> 56;
		k += 8 - (blank >> 7);
		i += 8;
	}
	*kp = k;
	*space = blank != 0;
	return i;
}

uint64_t
text_id(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned char blk[BLK];
	uint64_t h = 0;
	size_t i, k = 0, ql, stop;
	int space = 0, c;

	/*
	 * Normalise into a block buffer and hash block by block, chaining the
	 * state, so long texts need no allocation. A block is hashed when a
	 * character (and the space before it) would fill it past 4094 bytes,
	 * so block boundaries, and with them the id, depend on the text only.
	 */
	for (i = 0; i < n;) {
		/*
		 * Plain text is copied eight bytes at a time once the first
		 * character is in (before it, blanks are dropped); what stops
		 * the copy takes the byte loop up to eight bytes on.
		 */
		if (k > 0 || h != 0)
			i = copy_plain(s, i, n, blk, &k, &space);
		for (stop = i + 8; i < n && i < stop;) {
			c = s[i];
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
			    c == '\f' || c == '\v') {
				space = 1;
				i++;
				continue;
			}
			if (c >= 0xC2 && (c = fold_quote(s + i, n - i, &ql)) != 0)
				i += ql;
			else
				c = s[i++];
			if (k + 2 > BLK) {
				h = hash64(blk, k, h);
				k = 0;
			}
			if (space && (k > 0 || h != 0))
				blk[k++] = ' ';
			space = 0;
			blk[k++] = (unsigned char)c;
		}
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

#define ONES 0x0101010101010101ULL

/*
 * Eight hex digits as a number, the first the highest; 0 in *ok unless
 * all eight are lowercase hex digits. Byte by byte this took thirteen
 * instructions a digit, and dedupe reads an id per record. A byte is in
 * (lo, hi) when both hi - b and b - lo leave its high bit clear of a
 * borrow (Hacker's Delight, 6-1); a byte of 0x80 or more is in neither.
 */
static uint32_t
hex8(uint64_t x, int *ok)
{
	uint64_t low = x & ONES * 0x7F, digit, letter;

	digit = (ONES * (0x7F + 0x3A) - low) & ~x & (low + ONES * (0x7F - 0x2F));
	letter = (ONES * (0x7F + 0x67) - low) & ~x & (low + ONES * (0x7F - 0x60));
	*ok &= ((digit | letter) & ONES * 0x80) == ONES * 0x80;
	/* '0'..'9' are 0x30..0x39, 'a'..'f' 0x61..0x66 (bit 6 set). */
	x = (x & ONES * 0x0F) + 9 * ((x >> 6) & ONES);
	/* Byte i holds digit i: gather them, the first highest. */
	x = (x & 0x000F000F000F000FULL) << 12 | (x & 0x0F000F000F000F00ULL);
	x = (x & 0x0000FF000000FF00ULL) << 8 | (x & 0xFF000000FF000000ULL) >> 16;
	return (uint32_t)((x << 8 & 0xFFFF0000ULL) | (x >> 40 & 0xFFFF));
}

int
parse_hex64(const char *s, size_t n, uint64_t *x)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t hi, lo;
	int ok = 1;

	if (n != 16)
		return 0;
	hi = hex8(load_le64(u), &ok);
	lo = hex8(load_le64(u + 8), &ok);
	if (!ok)
		return 0;
	*x = (uint64_t)hi << 32 | lo;
	return 1;
}

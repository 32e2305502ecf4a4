/*
 * simhash.c: word shingles, SimHash and one-permutation MinHash (simhash.h).
 *
 * Everything is computed in one pass over the bytes with no allocation:
 * the words are hashed as they are read, the last SH_WORDS word hashes are
 * kept in a ring, and each shingle hash feeds both sketches.
 */
#include <stdint.h>
#include <string.h>

#include "hash.h"
#include "simhash.h"

#define NBIN (SH_BANDS * SH_ROWS)
#define NIBS 0x1111111111111111ULL
#define LOW4 0x0F0F0F0F0F0F0F0FULL

/*
 * Counting set bits one bit at a time costs 64 steps a shingle. Four
 * words of sixteen 4-bit lanes cost four: nibble i of nib[q] counts bit
 * 4i+q. Every 15 shingles, before a lane can overflow, they are moved to
 * eight words of byte lanes (byte i of acc[j] counts bit 8i+j: nib[q]'s
 * even nibbles go to acc[q], its odd ones to acc[q+4]), and every 255
 * those to cnt.
 */
struct sketch {
	uint64_t nib[4];		/* 4-bit counters, see above */
	uint64_t acc[8];		/* 8-bit counters, see above */
	unsigned long cnt[64];		/* per-bit counts of set bits */
	unsigned pending;		/* shingles in nib not yet in acc */
	unsigned folded;		/* shingles in acc not yet in cnt */
	uint64_t min[NBIN];
	unsigned long n;
};

/*
 * Move the 4-bit counters into acc, and acc into cnt when another 15
 * could overflow it, or when all is set (the end of the text).
 */
static void
flush(struct sketch *k, int all)
{
	int i, j, q;

	for (q = 0; q < 4; q++) {
		k->acc[q] += k->nib[q] & LOW4;
		k->acc[q + 4] += (k->nib[q] >> 4) & LOW4;
		k->nib[q] = 0;
	}
	k->folded += k->pending;
	k->pending = 0;
	if (!all && k->folded + 15 <= 255)
		return;
	for (j = 0; j < 8; j++) {
		for (i = 0; i < 8; i++)
			k->cnt[8 * i + j] += (k->acc[j] >> (8 * i)) & 0xFF;
		k->acc[j] = 0;
	}
	k->folded = 0;
}

static inline void
add(struct sketch *k, uint64_t h)
{
	unsigned bin;

	/* Written out: the compiler keeps a loop, with its jumps. */
	k->nib[0] += h & NIBS;
	k->nib[1] += (h >> 1) & NIBS;
	k->nib[2] += (h >> 2) & NIBS;
	k->nib[3] += (h >> 3) & NIBS;
	if (++k->pending == 15)
		flush(k, 0);
	/* The bin comes from the high half, the order from the whole hash. */
	bin = (unsigned)(((h >> 32) * NBIN) >> 32);
	if (h < k->min[bin])
		k->min[bin] = h;
	k->n++;
}

/*
 * Word bytes as they are hashed: ASCII letters folded to lower case,
 * digits; 0 for everything else (bytes >= 0x80 are looked at apart).
 */
static unsigned char fold[256];

static void
fold_init(void)
{
	int c;

	for (c = '0'; c <= '9'; c++)
		fold[c] = (unsigned char)c;
	for (c = 'a'; c <= 'z'; c++)
		fold[c] = fold[c - 'a' + 'A'] = (unsigned char)c;
}

/* Length of a separator sequence at s: punctuation in UTF-8, or 0. */
static size_t
separator(const unsigned char *s, size_t n)
{
	/* U+0080..U+00BF: no-break space, guillemets, middle dot, ... */
	if (n >= 2 && s[0] == 0xC2)
		return 2;
	/* U+2000..U+206F: spaces, dashes, curly quotes, ellipsis, ... */
	if (n >= 3 && s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81))
		return 3;
	/* U+3000..U+303F: CJK punctuation. */
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80)
		return 3;
	return 0;
}

int
fp_text(const char *text, size_t n, struct fingerprint *fp)
{
	const unsigned char *s = (const unsigned char *)text;
	struct sketch k;
	/*
	 * The last SH_WORDS word hashes, each written twice (at j and
	 * j + SH_WORDS), so a shingle's words are always ring[j + 1] ..
	 * ring[j + SH_WORDS] in text order, with no modulo per word.
	 */
	uint64_t ring[2 * SH_WORDS], w, h;
	unsigned long nword = 0;
	size_t i = 0, sep;
	int c, b, r, j = 0;

	if (fold['a'] == 0)
		fold_init();
	memset(&k, 0, sizeof(k));
	memset(k.min, 0xFF, sizeof(k.min));
	for (;;) {
		/* Separators up to the next word, or the end. */
		while (i < n) {
			c = s[i];
			if (fold[c] != 0)
				break;
			if (c == '\\') {
				if (i + 1 >= n || strchr("\\tnr", s[i + 1]) ==
				    NULL || s[i + 1] == '\0')
					return -1;
				sep = 2;
			} else if (c >= 0x80) {
				/* A UTF-8 byte of a letter starts a word. */
				if ((sep = separator(s + i, n - i)) == 0)
					break;
			} else
				sep = 1;
			i += sep;
		}
		if (i >= n)
			break;
		/*
		 * FNV-1a over the bytes of the word: ASCII letters and digits
		 * folded, UTF-8 bytes of letters as they are.
		 */
		w = 0xCBF29CE484222325ULL;
		for (; i < n; i++) {
			c = s[i];
			if (fold[c] != 0)
				w = (w ^ fold[c]) * 0x100000001B3ULL;
			else if (c >= 0x80 && separator(s + i, n - i) == 0)
				w = (w ^ (uint64_t)c) * 0x100000001B3ULL;
			else
				break;
		}
		j = j + 1 < SH_WORDS ? j + 1 : 0;
		ring[j] = ring[j + SH_WORDS] = w;
		if (++nword >= SH_WORDS) {
			/* The shingle's words in text order, mixed. */
#if SH_WORDS == 5
			/* Written out: the loop cost as much as a mix. */
			h = hash_mix(hash_mix(hash_mix(hash_mix(hash_mix(
			    ring[j + 1]) ^ ring[j + 2]) ^ ring[j + 3]) ^
			    ring[j + 4]) ^ ring[j + 5]);
#else
			h = 0;
			for (r = 1; r <= SH_WORDS; r++)
				h = hash_mix(h ^ ring[j + r]);
#endif
			add(&k, h);
		}
	}
	/* A text shorter than a shingle is one shingle of what it has. */
	if (nword > 0 && nword < SH_WORDS) {
		/* Word i went to slot i + 1. */
		h = 0;
		for (r = 1; r <= (int)nword; r++)
			h = hash_mix(h ^ ring[r]);
		add(&k, h);
	}
	flush(&k, 1);
	fp->sim = 0;
	for (b = 0; b < 64; b++)
		if (2 * k.cnt[b] > k.n)
			fp->sim |= 1ULL << b;
	for (b = 0; b < SH_BANDS; b++) {
		for (r = 0; r < SH_ROWS; r++)
			if (k.min[b * SH_ROWS + r] == UINT64_MAX)
				break;
		/*
		 * A band with an empty bin (a text of a few words) would put
		 * every short text in one bucket; it is keyed by the SimHash
		 * instead, which still finds exact copies.
		 */
		if (r < SH_ROWS)
			h = fp->sim;
		else
			for (h = 0, r = 0; r < SH_ROWS; r++)
				h = hash_mix(h ^ k.min[b * SH_ROWS + r]);
		fp->band[b] = (uint32_t)(hash_mix(h + (uint64_t)b) >> 32);
	}
	fp->nshingle = k.n;
	return 0;
}

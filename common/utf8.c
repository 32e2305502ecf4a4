/*
 * utf8.c: UTF-8 decoding and repair, and Windows-1252 fallback (utf8.h).
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "utf8.h"

/* Windows-1252 bytes 0x80..0x9F; 0 where the code page has a hole. */
static const uint16_t cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c = s[0], min;
	size_t len, i;

	*cp = c;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2; c &= 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3; c &= 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4; c &= 0x07; min = 0x10000;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

void
utf8_put(struct buf *b, uint32_t c)
{
	char t[4];
	size_t n;

	if (c < 0x80) {
		buf_addc(b, (int)c);
		return;
	}
	if (c < 0x800) {
		t[0] = (char)(0xC0 | c >> 6);
		n = 2;
	} else if (c < 0x10000) {
		t[0] = (char)(0xE0 | c >> 12);
		t[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		n = 3;
	} else {
		t[0] = (char)(0xF0 | c >> 18);
		t[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		t[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		n = 4;
	}
	t[n - 1] = (char)(0x80 | (c & 0x3F));
	buf_add(b, t, n);
}

/* 1 if none of the 8 bytes of w is 0 and none has the high bit set. */
static int
plain8(uint64_t w)
{
	return ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) == 0 &&
	    (w & 0x8080808080808080ULL) == 0;
}

/* Valid UTF-8, and with no NUL byte unless nul_ok. */
static int
scan(const char *s, size_t n, int nul_ok)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	uint64_t w;
	uint32_t c;
#ifdef __SSE2__
	const __m128i zero = _mm_setzero_si128();
	__m128i v;
	unsigned m;
#endif

	/* Most text is ASCII: skip it sixteen or eight bytes at a time. */
	while (i < n) {
#ifdef __SSE2__
		/*
		 * The sign bits are the bytes outside ASCII, a compare finds
		 * the NULs; the byte loop goes on from the first of them.
		 */
		if (i + 16 <= n) {
			v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			m = (unsigned)_mm_movemask_epi8(v);
			if (!nul_ok)
				m |= (unsigned)_mm_movemask_epi8(
				    _mm_cmpeq_epi8(v, zero));
			if (m == 0) {
				i += 16;
				continue;
			}
			i += (unsigned)__builtin_ctz(m);
		} else
#endif
		if (i + 8 <= n) {
			memcpy(&w, p + i, 8);
			if (plain8(w)) {
				i += 8;
				continue;
			}
		}
		if (p[i] == 0 && !nul_ok)
			return 0;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = utf8_decode(p + i, n - i, &c)) == 0)
			return 0;
		i += k;
	}
	return 1;
}

int
utf8_valid(const char *s, size_t n)
{
	return scan(s, n, 1);
}

int
utf8_intact(const char *s, size_t n)
{
	return scan(s, n, 0);
}

long
utf8_repair(struct buf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, k, run;
	long bad = 0, good = 0, high = 0;
	uint32_t c;

	/* Clean input, the usual case, is copied as it is. */
	if (utf8_intact(s, n)) {
		if (n > 0)
			buf_add(out, s, n);
		return 0;
	}
	/* First pass: count valid multibyte characters and invalid bytes. */
	for (i = 0; i < n; i += k) {
		if (p[i] < 0x80) {
			k = 1;
			continue;
		}
		high++;
		if ((k = utf8_decode(p + i, n - i, &c)) == 0) {
			bad++;
			k = 1;
		} else
			good++;
	}
	if (bad > 0 && good == 0) {
		for (i = 0; i < n; i++) {
			if (p[i] == 0)
				utf8_put(out, UTF8_REPLACEMENT);
			else if (p[i] < 0x80)
				buf_addc(out, p[i]);
			else if (p[i] < 0xA0)
				utf8_put(out, cp1252[p[i] - 0x80] ?
				    cp1252[p[i] - 0x80] : UTF8_REPLACEMENT);
			else
				utf8_put(out, p[i]);
		}
		return -1;
	}
	bad = 0;
	for (i = 0; i < n; i += k) {
		/* Copy runs of plain bytes at once. */
		for (run = i; run < n && p[run] < 0x80 && p[run] != 0; run++)
			;
		if (run > i) {
			buf_add(out, p + i, run - i);
			k = run - i;
			continue;
		}
		if (p[i] == 0) {
			utf8_put(out, UTF8_REPLACEMENT);
			bad++;
			k = 1;
		} else if ((k = utf8_decode(p + i, n - i, &c)) == 0) {
			utf8_put(out, UTF8_REPLACEMENT);
			bad++;
			k = 1;
		} else
			buf_add(out, p + i, k);
	}
	(void)high;
	return bad;
}

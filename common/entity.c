/*
 * entity.c: parsing and writing the entities field (entity.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "entity.h"
#include "record.h"
#include "util.h"

void
entities_grow(struct entities *e)
{
	e->cap = e->cap ? e->cap * 2 : 64;
	e->v = erealloc(e->v, e->cap * sizeof(e->v[0]));
}

void
entities_free(struct entities *e)
{
	free(e->v);
	memset(e, 0, sizeof(*e));
}

/*
 * Parse a decimal offset ending at a comma; -1 if there is none, or if it
 * passes 2^48 (which no number of 14 digits does). One test a digit: a
 * byte less '0' is above 9, as an unsigned number, unless it is a digit.
 */
static inline long long
offset(const char **p, const char *end)
{
	long long v;
	const char *s = *p;
	unsigned d;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/*
	 * Offsets are a few digits: with eight bytes left, all of them are
	 * read at once. A byte xor '0' is below 10 only for a digit; the
	 * digits, moved to the top of the word with zeros before them, are
	 * summed in pairs, fours and eights by three multiplies.
	 */
	if (end - s >= 8) {
		uint64_t x, t, nd;
		size_t len;

		memcpy(&x, s, 8);
		t = x ^ 0x3030303030303030ULL;
		nd = (((t & 0x7f7f7f7f7f7f7f7fULL) + 0x7676767676767676ULL) | t) &
		    0x8080808080808080ULL;
		if (nd != 0) {
			len = (size_t)__builtin_ctzll(nd) / 8;
			if (len == 0 || s[len] != ',')
				return -1;
			t <<= 8 * (8 - len);
			t = (t * 10 + (t >> 8)) & 0x00ff00ff00ff00ffULL;
			t = (t * 100 + (t >> 16)) & 0x0000ffff0000ffffULL;
			t = (t * 10000 + (t >> 32)) & 0xffffffffULL;
			*p = s + len + 1;
			return (long long)t;
		}
	}
#endif
	if (s == end || (d = (unsigned char)*s - '0') > 9)
		return -1;
	for (v = d, s++; s < end && (d = (unsigned char)*s - '0') <= 9; s++)
		if ((v = v * 10 + d) > (1LL << 48))
			return -1;
	if (s == end || *s != ',')
		return -1;
	*p = s + 1;
	return v;
}

#define ONES 0x0101010101010101ULL

/* The high bit of each zero byte of x (and maybe of bytes above one). */
static inline uint64_t
zero_bytes(uint64_t x)
{
	return (x - ONES) & ~x & (ONES << 7);
}

/*
 * The first of two bytes c1 and c2 in [p, end), or end. Ids are a few
 * bytes to a few dozen: eight bytes are looked at a time where eight are
 * left, a call to memchr costing more than the search.
 */
static inline const char *
find2(const char *p, const char *end, int c1, int c2)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__)
	uint64_t x, hit;

	for (; end - p >= 8; p += 8) {
		memcpy(&x, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		x = __builtin_bswap64(x);	/* the first byte lowest */
#endif
		/* The lowest flag is exact: a false one lies above a true. */
		hit = zero_bytes(x ^ (unsigned char)c1 * ONES) |
		    zero_bytes(x ^ (unsigned char)c2 * ONES);
		if (hit != 0)
			return p + __builtin_ctzll(hit) / 8;
	}
#endif
	for (; p < end && *p != c1 && *p != c2; p++)
		;
	return p;
}

/*
 * The type names with the comma after them, padded to eight bytes so one
 * copy writes any of them: made from type_name once.
 */
static char type_comma[T_NTYPES][8];
static unsigned char type_comma_len[T_NTYPES];
/* Their first four bytes, to tell a type in entities_parse. */
static uint32_t type_key[T_NTYPES];

static void
init_type_comma(void)
{
	const char *t;
	size_t k, len;

	for (k = 0; k < T_NTYPES; k++) {
		t = type_name((int)k);
		len = strlen(t);
		if (len > 6)
			len = 6;	/* never: the names are three or four letters */
		memcpy(type_comma[k], t, len);
		type_comma[k][len] = ',';
		type_comma_len[k] = (unsigned char)(len + 1);
		memcpy(&type_key[k], type_comma[k], 4);
	}
}

/*
 * type_parse of the n bytes at p (3 or 4) that a comma ends, without a
 * call: the four bytes from p are those of a name and its comma, or of a
 * name of four letters.
 */
static inline int
type_before_comma(const char *p, size_t n)
{
	uint32_t w;
	int k;

	memcpy(&w, p, 4);
	for (k = 0; k < T_NTYPES; k++)
		if (type_key[k] == w && type_comma_len[k] == n + 1)
			return k;
	return -1;
}

/*
 * Items are read in one pass, left to right, each part up to the byte
 * that ends it: an item ends at ';', its offsets and type at ',', its
 * actor at ',' or ';'. What is found wrong, and in which order, is the
 * same as for an item cut at its ';' first and then into parts.
 */
int
entities_parse(struct entities *e, const char *s, size_t n, size_t textlen,
    const char **why)
{
	const char *end = s + n, *p, *c;
	struct entity *x;
	long long a, b;
	int type;

	if (type_comma_len[0] == 0)
		init_type_comma();
	e->n = 0;
	for (p = s; p < end; p++) {
		if (*p == ';')
			continue;	/* an empty item */
		/* Each part up to the byte that ends it; p is left on the
		 * ';' that ends the item, or at the end. */
		if ((a = offset(&p, end)) < 0 || (b = offset(&p, end)) < 0) {
			*why = "entity without start and end offsets";
			return -1;
		}
		if (a > b || (size_t)b > textlen) {
			*why = "entity offsets outside the text";
			return -1;
		}
		/*
		 * The type names are three and four letters, so the comma is
		 * looked for there first; a ';' before it is no letter of a
		 * name, and type_parse says no to it.
		 */
		if (end - p > 3 && p[3] == ',') {
			c = p + 3;
			type = type_before_comma(p, 3);
		} else if (end - p > 4 && p[4] == ',' && p[3] != ',') {
			c = p + 4;
			type = type_before_comma(p, 4);
		} else if ((c = find2(p, end, ',', ';')) < end && *c == ',')
			type = type_parse(p, (size_t)(c - p));
		else
			type = -1;
		if (type < 0) {
			*why = "entity without a known type";
			return -1;
		}
		if (e->n == e->cap)
			entities_grow(e);
		x = &e->v[e->n];
		x->start = (size_t)a;
		x->end = (size_t)b;
		x->type = type;
		x->actor = c + 1;
		p = find2(c + 1, end, ',', ';');
		x->actor_len = (size_t)(p - x->actor);
		if (p < end && *p == ',') {
			x->affil = p + 1;
			p = find2(p + 1, end, ';', ';');
			x->affil_len = (size_t)(p - x->affil);
		} else {
			x->affil = NULL;
			x->affil_len = 0;
		}
		if (x->actor_len == 0) {
			*why = "entity without an actor";
			return -1;
		}
		e->n++;
		if (p == end)
			break;
	}
	return 0;
}

/*
 * Items are built in a buffer and written in one piece: an fprintf per
 * item cost tag-entities a tenth of its time.
 */
struct obuf {
	FILE *fp;
	size_t n;
	char b[4096];
};

static void
ob_flush(struct obuf *o)
{
	fwrite(o->b, 1, o->n, o->fp);
	o->n = 0;
}

/*
 * Write v in decimal at p and return the end: the number of digits is
 * found first, from the bits of v, then the digits are written in place
 * from the last, two a step, with no copy.
 */
static inline char *
put_size(char *p, size_t v)
{
	static const char two[] =
	    "00010203040506070809101112131415161718192021222324252627282930313233"
	    "34353637383940414243444546474849505152535455565758596061626364656667"
	    "6869707172737475767778798081828384858687888990919293949596979899";
	static const uint64_t pow10[20] = {
		0ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
		10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
		100000000000ULL, 1000000000000ULL, 10000000000000ULL,
		100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
		100000000000000000ULL, 1000000000000000000ULL,
		10000000000000000000ULL
	};
	size_t len, q;
	char *end;
#ifdef __GNUC__
	int bits = 64 - __builtin_clzll((unsigned long long)v | 1);

	/*
	 * 1233 / 4096 is a little over log10(2): a number of that many bits
	 * has len or len + 1 digits, which the table tells (its first entry
	 * is 0, so that 0 has one digit).
	 */
	len = (size_t)(bits * 1233) >> 12;
	len += len < 20 && (uint64_t)v >= pow10[len];
#else
	for (len = 1; len < 20 && (uint64_t)v >= pow10[len]; len++)
		;
#endif
	end = p + len;
	p = end;
	while (v >= 100) {
		q = v / 100;
		p -= 2;
		memcpy(p, two + 2 * (v - 100 * q), 2);
		v = q;
	}
	if (v >= 10)
		memcpy(p - 2, two + 2 * v, 2);
	else
		p[-1] = (char)('0' + v);
	return end;
}

/* The letter of the escape of each byte that needs one (record.h), else 0. */
static const char esc[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r'
};

/* Might a byte of x need an escape? Any below 0x0E (TAB, LF, CR are
 * 0x09, 0x0A, 0x0D) or a backslash; a false alarm only slows us down. */
static uint64_t
may_escape(uint64_t x)
{
	return ((x - 0x0E * ONES) | zero_bytes(x ^ '\\' * ONES)) & ~x &
	    (ONES << 7);
}

/*
 * Append s escaped; a string too long for the buffer goes out directly.
 * Ids and dates have nothing to escape, and most are 4 to 16 bytes: they
 * are checked and copied eight bytes at a time, the last eight (or four)
 * overlapping those before, so no byte loop runs; one that may need an
 * escape goes through one table load a byte.
 */
static void
ob_field(struct obuf *o, const char *s, size_t n)
{
	const char *end = s + n;
	uint64_t x, y;
	uint32_t u, v;
	char *b;
	char c;
	size_t k;

	if (2 * n > sizeof(o->b) - o->n) {
		ob_flush(o);
		if (2 * n > sizeof(o->b)) {
			rec_put(o->fp, s, n);
			return;
		}
	}
	b = o->b + o->n;
	if (n >= 8) {
		for (k = 0; k + 8 < n; k += 8) {
			memcpy(&x, s + k, 8);
			if (may_escape(x))
				goto slow;
			memcpy(b + k, &x, 8);
		}
		memcpy(&y, end - 8, 8);
		if (may_escape(y))
			goto slow;
		memcpy(b + n - 8, &y, 8);
		o->n += n;
		return;
	}
	if (n >= 4) {
		memcpy(&u, s, 4);
		memcpy(&v, end - 4, 4);
		if (may_escape((uint64_t)u << 32 | v))
			goto slow;
		memcpy(b, &u, 4);
		memcpy(b + n - 4, &v, 4);
		o->n += n;
		return;
	}
slow:
	for (; s < end; s++) {
		if ((c = esc[(unsigned char)*s]) != 0) {
			*b++ = '\\';
			*b++ = c;
		} else
			*b++ = *s;
	}
	o->n = (size_t)(b - o->b);
}

/*
 * ob_field without a call for an id of 4 to 16 bytes with nothing to
 * escape, written at p, where there is room for 16: returns the end, or
 * NULL to leave the id to ob_field.
 */
static inline char *
put_id(char *p, const char *s, size_t n)
{
	uint64_t x, y;
	uint32_t u, v;

	if (n - 8 <= 8) {
		memcpy(&x, s, 8);
		memcpy(&y, s + n - 8, 8);
		if (may_escape(x) | may_escape(y))
			return NULL;
		memcpy(p, &x, 8);
		memcpy(p + n - 8, &y, 8);
		return p + n;
	}
	if (n - 4 < 4) {
		memcpy(&u, s, 4);
		memcpy(&v, s + n - 4, 4);
		if (may_escape((uint64_t)u << 32 | v))
			return NULL;
		memcpy(p, &u, 4);
		memcpy(p + n - 4, &v, 4);
		return p + n;
	}
	return NULL;
}

void
entities_write(FILE *fp, const struct entities *e)
{
	struct obuf o;
	const struct entity *x;
	const char *t;
	char *p, *q;
	size_t i;

	if (type_comma_len[0] == 0)
		init_type_comma();
	o.fp = fp;
	o.n = 0;
	for (i = 0; i < e->n; i++) {
		x = &e->v[i];
		/* Room for the separator, two offsets, the type and an id
		 * for put_id: 48 and 16 bytes. */
		if (sizeof(o.b) - o.n < 64 + 16)
			ob_flush(&o);
		/* The offsets and the type through a local pointer, which
		 * the compiler keeps in a register. */
		p = o.b + o.n;
		if (i > 0)
			*p++ = ';';
		p = put_size(p, x->start);
		*p++ = ',';
		p = put_size(p, x->end);
		*p++ = ',';
		if (x->type >= 0 && x->type < T_NTYPES) {
			memcpy(p, type_comma[x->type], 8);
			p += type_comma_len[x->type];
		} else {
			for (t = type_name(x->type); *t != '\0'; t++)
				*p++ = *t;
			*p++ = ',';
		}
		if ((q = put_id(p, x->actor, x->actor_len)) != NULL)
			o.n = (size_t)(q - o.b);
		else {
			o.n = (size_t)(p - o.b);
			ob_field(&o, x->actor, x->actor_len);
		}
		if (x->affil != NULL && x->affil_len > 0) {
			if (o.n == sizeof(o.b))
				ob_flush(&o);
			o.b[o.n++] = ',';
			ob_field(&o, x->affil, x->affil_len);
		}
	}
	ob_flush(&o);
}

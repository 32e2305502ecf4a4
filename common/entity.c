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
entities_add(struct entities *e, const struct entity *x)
{
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 64;
		e->v = erealloc(e->v, e->cap * sizeof(e->v[0]));
	}
	e->v[e->n++] = *x;
}

void
entities_free(struct entities *e)
{
	free(e->v);
	memset(e, 0, sizeof(*e));
}

/*
 * Parse a decimal offset ending at a comma; -1 if there is none. No
 * number of 14 digits passes 2^48, so the bound is checked from the
 * fifteenth on.
 */
static inline long long
offset(const char **p, const char *end)
{
	long long v = 0;
	const char *s = *p, *safe;

	if (s == end || *s < '0' || *s > '9')
		return -1;
	safe = end - s > 14 ? s + 14 : end;
	for (; s < safe && *s >= '0' && *s <= '9'; s++)
		v = v * 10 + (*s - '0');
	for (; s < end && *s >= '0' && *s <= '9'; s++) {
		v = v * 10 + (*s - '0');
		if (v > (1LL << 48))
			return -1;
	}
	if (s == end || *s != ',')
		return -1;
	*p = s + 1;
	return v;
}

/*
 * The type that ends at the first ',' after p, or -1: the names are three
 * and four letters, so the comma is looked for there first.
 */
static inline int
type_at(const char *p, const char *iend, const char **comma)
{
	const char *c;

	if (iend - p > 3 && p[3] == ',')
		c = p + 3;
	else if (iend - p > 4 && p[4] == ',' && p[3] != ',')
		c = p + 4;
	else if ((c = memchr(p, ',', (size_t)(iend - p))) == NULL)
		return -1;
	*comma = c;
	return type_parse(p, (size_t)(c - p));
}

int
entities_parse(struct entities *e, const char *s, size_t n, size_t textlen,
    const char **why)
{
	const char *end = s + n, *item, *iend, *p, *c;
	struct entity x;
	long long a, b;

	e->n = 0;
	for (item = s; item < end; item = iend + 1) {
		if ((iend = memchr(item, ';', (size_t)(end - item))) == NULL)
			iend = end;
		if (iend == item)
			continue;
		p = item;
		if ((a = offset(&p, iend)) < 0 || (b = offset(&p, iend)) < 0) {
			*why = "entity without start and end offsets";
			return -1;
		}
		if (a > b || (size_t)b > textlen) {
			*why = "entity offsets outside the text";
			return -1;
		}
		if ((x.type = type_at(p, iend, &c)) < 0) {
			*why = "entity without a known type";
			return -1;
		}
		x.start = (size_t)a;
		x.end = (size_t)b;
		x.actor = c + 1;
		if ((c = memchr(x.actor, ',', (size_t)(iend - x.actor))) != NULL) {
			x.actor_len = (size_t)(c - x.actor);
			x.affil = c + 1;
			x.affil_len = (size_t)(iend - x.affil);
		} else {
			x.actor_len = (size_t)(iend - x.actor);
			x.affil = NULL;
			x.affil_len = 0;
		}
		if (x.actor_len == 0) {
			*why = "entity without an actor";
			return -1;
		}
		entities_add(e, &x);
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

/* Append v in decimal, two digits a step. */
static void
ob_size(struct obuf *o, size_t v)
{
	static const char two[] =
	    "00010203040506070809101112131415161718192021222324252627282930313233"
	    "34353637383940414243444546474849505152535455565758596061626364656667"
	    "6869707172737475767778798081828384858687888990919293949596979899";
	char tmp[24], *p = tmp + sizeof(tmp);
	size_t q;

	while (v >= 100) {
		q = v / 100;
		p -= 2;
		memcpy(p, two + 2 * (v - 100 * q), 2);
		v = q;
	}
	if (v >= 10) {
		p -= 2;
		memcpy(p, two + 2 * v, 2);
	} else
		*--p = (char)('0' + v);
	memcpy(o->b + o->n, p, (size_t)(tmp + sizeof(tmp) - p));
	o->n += (size_t)(tmp + sizeof(tmp) - p);
}

#define ONES 0x0101010101010101ULL

/* The high bit of each zero byte of x (and maybe of bytes above one). */
static uint64_t
zero_bytes(uint64_t x)
{
	return (x - ONES) & ~x & (ONES << 7);
}

/* The letter of the escape of each byte that needs one (record.h), else 0. */
static const char esc[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r'
};

/* Append s escaped; a string too long for the buffer goes out directly. */
static void
ob_field(struct obuf *o, const char *s, size_t n)
{
	const char *end = s + n;
	uint64_t x;
	char *b;
	char c;

	if (2 * n > sizeof(o->b) - o->n) {
		ob_flush(o);
		if (2 * n > sizeof(o->b)) {
			rec_put(o->fp, s, n);
			return;
		}
	}
	/* Ids and dates have nothing to escape: eight bytes at a time while
	 * none is one to escape, then one table load a byte. */
	for (b = o->b + o->n; end - s >= 8; s += 8, b += 8) {
		memcpy(&x, s, 8);
		if (zero_bytes(x ^ '\\' * ONES) | zero_bytes(x ^ '\t' * ONES) |
		    zero_bytes(x ^ '\n' * ONES) | zero_bytes(x ^ '\r' * ONES))
			break;
		memcpy(b, &x, 8);
	}
	for (; s < end; s++) {
		if ((c = esc[(unsigned char)*s]) != 0) {
			*b++ = '\\';
			*b++ = c;
		} else
			*b++ = *s;
	}
	o->n = (size_t)(b - o->b);
}

void
entities_write(FILE *fp, const struct entities *e)
{
	struct obuf o;
	const struct entity *x;
	const char *t;
	size_t i;

	o.fp = fp;
	o.n = 0;
	for (i = 0; i < e->n; i++) {
		x = &e->v[i];
		/* Room for the separator, two offsets and the type. */
		if (sizeof(o.b) - o.n < 64)
			ob_flush(&o);
		if (i > 0)
			o.b[o.n++] = ';';
		ob_size(&o, x->start);
		o.b[o.n++] = ',';
		ob_size(&o, x->end);
		o.b[o.n++] = ',';
		/* Type names are three or four letters: no strlen. */
		for (t = type_name(x->type); *t != '\0'; t++)
			o.b[o.n++] = *t;
		o.b[o.n++] = ',';
		ob_field(&o, x->actor, x->actor_len);
		if (x->affil != NULL && x->affil_len > 0) {
			if (o.n == sizeof(o.b))
				ob_flush(&o);
			o.b[o.n++] = ',';
			ob_field(&o, x->affil, x->affil_len);
		}
	}
	ob_flush(&o);
}
